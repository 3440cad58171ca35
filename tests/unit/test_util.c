/* Unit tests for src/util: strbuf, arena, vec, hash. */
#include <stdint.h>
#include <stdio.h>
#include <stddef.h>
#include <string.h>

#include "check_main.h"
#include <unistd.h>

#include "util/arena.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/strbuf.h"
#include "util/vec.h"
#include "util/xalloc.h"

START_TEST(strbuf_appends)
{
	struct strbuf sb = STRBUF_INIT;
	ck_assert_str_eq(strbuf_str(&sb), "");
	strbuf_append(&sb, "ab");
	strbuf_appendc(&sb, 'c');
	strbuf_appendn(&sb, "defgh", 2);
	strbuf_appendf(&sb, "%d-%s", 42, "x");
	ck_assert_str_eq(sb.data, "abcde42-x");
	ck_assert_uint_eq(sb.len, 9);
	strbuf_truncate(&sb, 3);
	ck_assert_str_eq(sb.data, "abc");
	char *s = strbuf_finish(&sb);
	ck_assert_str_eq(s, "abc");
	ck_assert_ptr_null(sb.data);
	free(s);
}
END_TEST

START_TEST(strbuf_grows)
{
	struct strbuf sb = STRBUF_INIT;
	for (int i = 0; i < 10000; i++)
		strbuf_appendc(&sb, (char)('a' + i % 26));
	ck_assert_uint_eq(sb.len, 10000);
	ck_assert_int_eq(sb.data[9999], 'a' + 9999 % 26);
	ck_assert_int_eq(sb.data[10000], '\0');
	strbuf_free(&sb);
}
END_TEST

START_TEST(strbuf_finish_empty)
{
	struct strbuf sb = STRBUF_INIT;
	char *s = strbuf_finish(&sb);
	ck_assert_str_eq(s, "");
	free(s);
}
END_TEST

START_TEST(strbuf_squoted)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_append_squoted(&sb, "plain");
	strbuf_appendc(&sb, ' ');
	strbuf_append_squoted(&sb, "it's");
	strbuf_appendc(&sb, ' ');
	strbuf_append_squoted(&sb, "");
	ck_assert_str_eq(sb.data, "'plain' 'it'\\''s' ''");
	strbuf_free(&sb);
}
END_TEST

START_TEST(arena_zeroed_and_aligned)
{
	struct arena a;
	arena_init(&a);
	for (int i = 1; i < 500; i++) {
		unsigned char *p = arena_alloc(&a, (size_t)i);
		ck_assert_uint_eq((uintptr_t)p % _Alignof(max_align_t), 0);
		for (int k = 0; k < i; k++)
			ck_assert_int_eq(p[k], 0);
		memset(p, 0xff, (size_t)i);
	}
	char *big = arena_alloc(&a, 100000);
	big[99999] = 'x';
	ck_assert_str_eq(arena_strdup(&a, "hello"), "hello");
	ck_assert_str_eq(arena_strndup(&a, "hello", 3), "hel");
	arena_destroy(&a);
}
END_TEST

START_TEST(vec_null_terminated)
{
	struct vec v = VEC_INIT;
	for (int i = 0; i < 100; i++) {
		vec_push(&v, xasprintf("%d", i));
		ck_assert_ptr_null(v.items[v.len]);
	}
	ck_assert_str_eq(v.items[57], "57");
	char **all = (char **)vec_finish(&v);
	ck_assert_uint_eq(v.len, 0);
	ck_assert_str_eq(all[99], "99");
	ck_assert_ptr_null(all[100]);
	for (int i = 0; i < 100; i++)
		free(all[i]);
	free(all);
}
END_TEST

START_TEST(hash_put_get_del)
{
	struct hash h = HASH_INIT;
	int vals[1000];
	char key[32];
	for (int i = 0; i < 1000; i++) {
		vals[i] = i;
		snprintf(key, sizeof key, "k%d", i);
		ck_assert_ptr_null(hash_put(&h, key, &vals[i]));
	}
	ck_assert_uint_eq(h.len, 1000);
	for (int i = 0; i < 1000; i += 2) {
		snprintf(key, sizeof key, "k%d", i);
		ck_assert_ptr_eq(hash_del(&h, key), &vals[i]);
	}
	ck_assert_uint_eq(h.len, 500);
	for (int i = 0; i < 1000; i++) {
		snprintf(key, sizeof key, "k%d", i);
		int *v = hash_get(&h, key);
		if (i % 2)
			ck_assert_ptr_eq(v, &vals[i]);
		else
			ck_assert_ptr_null(v);
	}
	/* Replacing returns the old value. */
	ck_assert_ptr_eq(hash_put(&h, "k1", &vals[0]), &vals[1]);
	size_t pos = 0, count = 0;
	while (hash_next(&h, &pos))
		count++;
	ck_assert_uint_eq(count, 500);
	hash_destroy(&h);
}
END_TEST

START_TEST(hash_reuses_tombstones)
{
	struct hash h = HASH_INIT;
	int x = 1;
	for (int round = 0; round < 10000; round++) {
		hash_put(&h, "a", &x);
		hash_del(&h, "a");
	}
	ck_assert_uint_eq(h.len, 0);
	ck_assert_uint_le(h.cap, 64);
	hash_destroy(&h);
}
END_TEST

/* What sh_error writes to fd 2 while place is in effect. */
static char *captured_error(const char *const *name, const int *lineno)
{
	int fds[2];
	ck_assert_int_eq(pipe(fds), 0);
	int saved = dup(STDERR_FILENO);
	dup2(fds[1], STDERR_FILENO);
	close(fds[1]);
	sh_error_set_place(name, lineno);
	sh_error("cd", "%s: gone", "/x");
	sh_error_placed("f: line 9", "syntax error");
	sh_error_set_place(NULL, NULL);
	dup2(saved, STDERR_FILENO);
	close(saved);
	static char buf[256];
	ssize_t n = read(fds[0], buf, sizeof buf - 1);
	close(fds[0]);
	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

START_TEST(error_names_the_place)
{
	const char *name = "s.sh";
	int line = 3;
	ck_assert_str_eq(captured_error(&name, &line),
		"cosh: s.sh: line 3: cd: /x: gone\n"
		"cosh: f: line 9: syntax error\n");
	line = 0;	/* nothing ran yet */
	ck_assert_str_eq(captured_error(&name, &line),
		"cosh: s.sh: cd: /x: gone\ncosh: f: line 9: syntax error\n");
	name = NULL;	/* interactive */
	ck_assert_str_eq(captured_error(&name, &line),
		"cosh: cd: /x: gone\ncosh: f: line 9: syntax error\n");
}
END_TEST

static Suite *make_suite(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, strbuf_appends);
	tcase_add_test(tc, strbuf_grows);
	tcase_add_test(tc, strbuf_finish_empty);
	tcase_add_test(tc, strbuf_squoted);
	tcase_add_test(tc, arena_zeroed_and_aligned);
	tcase_add_test(tc, vec_null_terminated);
	tcase_add_test(tc, hash_put_get_del);
	tcase_add_test(tc, hash_reuses_tombstones);
	tcase_add_test(tc, error_names_the_place);
	suite_add_tcase(s, tc);
	return s;
}

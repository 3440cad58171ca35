/* The variable table and the option table. */
#include "check_main.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/strbuf.h"
#include "var/options.h"
#include "var/var.h"

static struct vars *vs;

static void setup(void)
{
	vs = vars_create();
}

static void teardown(void)
{
	vars_destroy(vs);
}

/* The flags of a variable that must have an entry. */
static unsigned flags_of(const char *name)
{
	unsigned f = 0;
	ck_assert(var_flags(vs, name, &f));
	return f;
}

START_TEST(test_set_get)
{
	ck_assert_ptr_null(var_get(vs, "x"));
	ck_assert(var_set(vs, "x", "1", 0));
	ck_assert_str_eq(var_get(vs, "x"), "1");
	ck_assert(var_set(vs, "x", "two", 0));
	ck_assert_str_eq(var_get(vs, "x"), "two");
	ck_assert(var_set(vs, "e", "", 0));
	ck_assert_str_eq(var_get(vs, "e"), "");
}
END_TEST

START_TEST(test_set_from_own_value)
{
	var_set(vs, "x", "abcdef", 0);
	ck_assert(var_set(vs, "x", var_get(vs, "x") + 2, 0));
	ck_assert_str_eq(var_get(vs, "x"), "cdef");
}
END_TEST

START_TEST(test_flags_without_value)
{
	ck_assert(var_set(vs, "x", NULL, VAR_EXPORT));
	ck_assert_ptr_null(var_get(vs, "x"));
	unsigned f = 0;
	ck_assert(var_flags(vs, "x", &f));
	ck_assert(f & VAR_EXPORT);
	var_set(vs, "x", "now", 0);
	ck_assert(flags_of("x") & VAR_EXPORT);
	ck_assert(!var_flags(vs, "never", NULL));
}
END_TEST

START_TEST(test_readonly)
{
	ck_assert(var_set(vs, "r", "1", VAR_READONLY));
	ck_assert(!var_set(vs, "r", "2", 0));
	ck_assert_str_eq(var_get(vs, "r"), "1");
	ck_assert(var_set(vs, "r", NULL, VAR_EXPORT));
	ck_assert(!var_unset(vs, "r"));
	ck_assert_str_eq(var_get(vs, "r"), "1");
}
END_TEST

START_TEST(test_unset)
{
	var_set(vs, "x", "1", VAR_EXPORT);
	ck_assert(var_unset(vs, "x"));
	ck_assert(!var_flags(vs, "x", NULL));
	ck_assert(var_unset(vs, "never"));
	var_set(vs, "x", "2", 0);
	ck_assert(!(flags_of("x") & VAR_EXPORT));
}
END_TEST

static bool has(char *const *env, const char *s)
{
	for (; *env; env++)
		if (strcmp(*env, s) == 0)
			return true;
	return false;
}

START_TEST(test_import_environ)
{
	char *envp[] = { "A=1", "B=x=y", "1BAD=z", "NOEQ", "C=", "a-b=c", NULL };
	vars_import(vs, envp);
	ck_assert_str_eq(var_get(vs, "A"), "1");
	ck_assert_str_eq(var_get(vs, "B"), "x=y");
	ck_assert_str_eq(var_get(vs, "C"), "");
	ck_assert(!var_flags(vs, "1BAD", NULL));
	var_set(vs, "local", "v", 0);
	var_set(vs, "exp_unset", NULL, VAR_EXPORT);
	char *const *env = vars_environ(vs);
	ck_assert_int_eq((int)strv_len(env), 5);
	ck_assert(has(env, "A=1"));
	ck_assert(has(env, "B=x=y"));
	ck_assert(has(env, "C="));
	ck_assert(has(env, "1BAD=z"));
	ck_assert(has(env, "a-b=c"));
}
END_TEST

START_TEST(test_sorted)
{
	var_set(vs, "b", "1", 0);
	var_set(vs, "a", "1", 0);
	var_set(vs, "B", NULL, VAR_EXPORT);
	var_set(vs, "_c", "1", 0);
	size_t n;
	struct var **arr = vars_sorted(vs, &n);
	ck_assert_int_eq((int)n, 4);
	ck_assert_str_eq(arr[0]->name, "B");
	ck_assert_str_eq(arr[1]->name, "_c");
	ck_assert_str_eq(arr[2]->name, "a");
	ck_assert_str_eq(arr[3]->name, "b");
	free(arr);
}
END_TEST

START_TEST(test_save_restore)
{
	var_set(vs, "x", "old", VAR_EXPORT);
	struct var_save *s = var_save(vs, "x");
	var_set(vs, "x", "new", VAR_READONLY);
	var_restore(vs, s);
	ck_assert_str_eq(var_get(vs, "x"), "old");
	ck_assert_uint_eq(flags_of("x"), VAR_EXPORT);

	s = var_save(vs, "absent");
	var_set(vs, "absent", "v", VAR_EXPORT);
	var_restore(vs, s);
	ck_assert(!var_flags(vs, "absent", NULL));

	var_set(vs, "u", NULL, VAR_EXPORT);
	s = var_save(vs, "u");
	var_set(vs, "u", "set", 0);
	var_restore(vs, s);
	ck_assert(var_flags(vs, "u", NULL));
	ck_assert_ptr_null(var_get(vs, "u"));
}
END_TEST

START_TEST(test_path_generation)
{
	unsigned long g = vars_path_generation(vs);
	var_set(vs, "X", "1", 0);
	ck_assert_uint_eq(vars_path_generation(vs), g);
	var_set(vs, "PATH", "/bin", 0);
	ck_assert_uint_gt(vars_path_generation(vs), g);
	g = vars_path_generation(vs);
	var_unset(vs, "PATH");
	ck_assert_uint_gt(vars_path_generation(vs), g);
}
END_TEST

START_TEST(test_strv)
{
	char *v[] = { "a", "bb", NULL };
	char **d = strv_dup(v);
	ck_assert_int_eq((int)strv_len(d), 2);
	ck_assert_str_eq(d[1], "bb");
	ck_assert_ptr_null(d[2]);
	strv_free(d);
	ck_assert_int_eq((int)strv_len(NULL), 0);
	strv_free(NULL);
}
END_TEST

static void check_quote(const char *in, const char *want)
{
	struct strbuf sb = STRBUF_INIT;
	shell_quote(&sb, in);
	ck_assert_str_eq(strbuf_str(&sb), want);
	strbuf_free(&sb);
}

START_TEST(test_shell_quote)
{
	check_quote("abc", "abc");
	check_quote("", "''");
	check_quote("a b", "'a b'");
	check_quote("it's", "'it'\\''s'");
	check_quote("/usr/bin:x,y@z%+=-_.", "/usr/bin:x,y@z%+=-_.");
	check_quote("$x", "'$x'");
	check_quote("*", "'*'");
	check_quote("~", "'~'");
}
END_TEST

START_TEST(test_options)
{
	ck_assert_int_eq(option_by_name("errexit"), OPT_ERREXIT);
	ck_assert_int_eq(option_by_name("pipefail"), OPT_PIPEFAIL);
	ck_assert_int_eq(option_by_name("nosuch"), -1);
	ck_assert_int_eq(option_by_letter('e'), OPT_ERREXIT);
	ck_assert_int_eq(option_by_letter('C'), OPT_NOCLOBBER);
	ck_assert_int_eq(option_by_letter('c'), -1);
	ck_assert_int_eq(option_by_letter(0), -1);
	for (int i = 0; i < OPT_COUNT; i++) {
		ck_assert_ptr_nonnull(option_table[i].name);
		ck_assert_int_eq(option_by_name(option_table[i].name), i);
		if (option_table[i].letter)
			ck_assert_int_eq(option_by_letter(option_table[i].letter), i);
	}
	ck_assert_str_eq(option_table[OPT_SIGTRACE].name, "sigtrace");
	ck_assert_int_eq(option_table[OPT_XTRACE].letter, 'x');
}
END_TEST

START_TEST(test_many_vars)
{
	char name[16];
	for (int i = 0; i < 500; i++) {
		snprintf(name, sizeof name, "v%d", i);
		var_set(vs, name, name, 0);
	}
	for (int i = 0; i < 500; i += 2) {
		snprintf(name, sizeof name, "v%d", i);
		var_unset(vs, name);
	}
	ck_assert_ptr_null(var_get(vs, "v10"));
	ck_assert_str_eq(var_get(vs, "v11"), "v11");
	size_t n;
	free(vars_sorted(vs, &n));
	ck_assert_int_eq((int)n, 250);
}
END_TEST

/* Enough variables to grow the table many times, every one checked after
 * each growth, then half of them unset (the deletion moves the others
 * within their probe runs) and set again. */
START_TEST(test_table_growth_and_deletion)
{
	char name[16], value[16];
	enum { N = 4000 };
	for (int i = 0; i < N; i++) {
		snprintf(name, sizeof name, "v%d", i);
		snprintf(value, sizeof value, "%d", i * 7);
		ck_assert(var_set(vs, name, value, i % 3 == 0 ? VAR_EXPORT : 0));
	}
	for (int i = 0; i < N; i++) {
		snprintf(name, sizeof name, "v%d", i);
		snprintf(value, sizeof value, "%d", i * 7);
		ck_assert_str_eq(var_get(vs, name), value);
		ck_assert_uint_eq(flags_of(name), i % 3 == 0 ? VAR_EXPORT : 0);
	}
	for (int i = 0; i < N; i += 2) {
		snprintf(name, sizeof name, "v%d", i);
		ck_assert(var_unset(vs, name));
	}
	for (int i = 0; i < N; i++) {
		snprintf(name, sizeof name, "v%d", i);
		if (i % 2 == 0) {
			ck_assert(!var_flags(vs, name, NULL));
			ck_assert_ptr_null(var_get(vs, name));
		} else {
			snprintf(value, sizeof value, "%d", i * 7);
			ck_assert_str_eq(var_get(vs, name), value);
		}
	}
	for (int i = 0; i < N; i += 2) {
		snprintf(name, sizeof name, "v%d", i);
		ck_assert(var_set(vs, name, "again", 0));
	}
	for (int i = 0; i < N; i += 2) {
		snprintf(name, sizeof name, "v%d", i);
		ck_assert_str_eq(var_get(vs, name), "again");
		ck_assert_uint_eq(flags_of(name), 0);
	}
	size_t n;
	free(vars_sorted(vs, &n));
	ck_assert_int_eq((int)n, N);
}
END_TEST

/* Values that shrink, grow past their block and grow again, from their
 * own text, keep the name, the flags and every byte. */
START_TEST(test_value_sizes)
{
	ck_assert(var_set(vs, "acc", "", VAR_EXPORT));
	struct strbuf want = STRBUF_INIT;
	for (int i = 0; i < 300; i++) {
		struct strbuf next = STRBUF_INIT;
		strbuf_append(&next, var_get(vs, "acc"));
		strbuf_appendf(&next, ",%d", i);
		ck_assert(var_set(vs, "acc", next.data, 0));
		strbuf_appendf(&want, ",%d", i);
		ck_assert_str_eq(var_get(vs, "acc"), want.data);
		strbuf_free(&next);
	}
	ck_assert_uint_eq(flags_of("acc"), VAR_EXPORT);
	ck_assert(var_set(vs, "acc", var_get(vs, "acc") + strlen(want.data) - 4, 0));
	ck_assert_str_eq(var_get(vs, "acc"), want.data + strlen(want.data) - 4);
	ck_assert(var_set(vs, "acc", "", 0));
	ck_assert_str_eq(var_get(vs, "acc"), "");
	char *const *env = vars_environ(vs);
	ck_assert(has(env, "acc="));
	strbuf_free(&want);
}
END_TEST

/* The environment array is kept while no exported variable changes, and
 * made again after each kind of change that reaches one. */
START_TEST(test_environ_cache)
{
	var_set(vs, "E", "1", VAR_EXPORT);
	var_set(vs, "plain", "a", 0);
	char *const *env = vars_environ(vs);
	ck_assert(has(env, "E=1"));
	var_set(vs, "plain", "b", 0);
	ck_assert_ptr_eq(vars_environ(vs), env);	/* not exported: kept */
	var_set(vs, "E", "2", 0);
	ck_assert(has(vars_environ(vs), "E=2"));
	var_set(vs, "plain", NULL, VAR_EXPORT);	/* newly exported */
	ck_assert(has(vars_environ(vs), "plain=b"));
	ck_assert(var_unset(vs, "plain"));
	ck_assert(!has(vars_environ(vs), "plain=b"));
	vars_push_scope(vs);
	ck_assert(var_make_local(vs, "E", "3"));
	ck_assert(has(vars_environ(vs), "E=3"));
	vars_pop_scope(vs);
	ck_assert(has(vars_environ(vs), "E=2"));
	struct var_save *save = var_save(vs, "E");
	ck_assert(var_unset(vs, "E"));
	ck_assert(!has(vars_environ(vs), "E=2"));
	var_restore(vs, save);
	ck_assert(has(vars_environ(vs), "E=2"));
}
END_TEST

/* A name longer than the entry's short length field still works. */
START_TEST(test_long_name)
{
	size_t n = 70000;
	char *name = malloc(n + 1);
	memset(name, 'x', n);
	name[n] = '\0';
	ck_assert(var_set(vs, name, "v", VAR_EXPORT));
	ck_assert_str_eq(var_get(vs, name), "v");
	ck_assert(var_set(vs, name, "a longer value than before, to move it", 0));
	ck_assert_str_eq(var_get(vs, name), "a longer value than before, to move it");
	name[n - 1] = 'y';
	ck_assert_ptr_null(var_get(vs, name));
	name[n - 1] = 'x';
	char *const *env = vars_environ(vs);
	ck_assert_int_eq((int)strv_len(env), 1);
	ck_assert_int_eq((int)strlen(env[0]), (int)n + 1 + 38);
	ck_assert(strncmp(env[0] + n, "=a longer", 9) == 0);
	ck_assert(var_unset(vs, name));
	ck_assert(!var_flags(vs, name, NULL));
	free(name);
}
END_TEST

/* Scopes put back values, flags and absence, across table growth and the
 * deletions it causes, and leave a readonly outer variable alone. */
START_TEST(test_local_scopes)
{
	char name[16];
	var_set(vs, "g", "outer", VAR_EXPORT);
	var_set(vs, "ro", "fixed", VAR_READONLY);
	vars_push_scope(vs);
	ck_assert(var_make_local(vs, "g", NULL));
	ck_assert_ptr_null(var_get(vs, "g"));
	ck_assert_uint_eq(flags_of("g"), VAR_EXPORT);
	ck_assert(var_make_local(vs, "g", "inner"));
	ck_assert(!var_make_local(vs, "ro", "x"));
	ck_assert(var_make_local(vs, "fresh", "1"));
	for (int i = 0; i < 1000; i++) {
		snprintf(name, sizeof name, "l%d", i);
		ck_assert(var_make_local(vs, name, name));
	}
	vars_push_scope(vs);
	ck_assert(var_make_local(vs, "g", "deeper"));
	ck_assert_uint_eq(vars_scope_depth(vs), 2);
	vars_pop_scope(vs);
	ck_assert_str_eq(var_get(vs, "g"), "inner");
	vars_pop_scope(vs);
	ck_assert_uint_eq(vars_scope_depth(vs), 0);
	ck_assert_str_eq(var_get(vs, "g"), "outer");
	ck_assert_uint_eq(flags_of("g"), VAR_EXPORT);
	ck_assert_str_eq(var_get(vs, "ro"), "fixed");
	ck_assert(!var_flags(vs, "fresh", NULL));
	for (int i = 0; i < 1000; i++) {
		snprintf(name, sizeof name, "l%d", i);
		ck_assert(!var_flags(vs, name, NULL));
	}
	size_t n;
	free(vars_sorted(vs, &n));
	ck_assert_int_eq((int)n, 2);
}
END_TEST

static Suite *make_suite(void)
{
	Suite *s = suite_create("var");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_set_get);
	tcase_add_test(tc, test_set_from_own_value);
	tcase_add_test(tc, test_flags_without_value);
	tcase_add_test(tc, test_readonly);
	tcase_add_test(tc, test_unset);
	tcase_add_test(tc, test_import_environ);
	tcase_add_test(tc, test_sorted);
	tcase_add_test(tc, test_save_restore);
	tcase_add_test(tc, test_path_generation);
	tcase_add_test(tc, test_strv);
	tcase_add_test(tc, test_shell_quote);
	tcase_add_test(tc, test_options);
	tcase_add_test(tc, test_many_vars);
	tcase_add_test(tc, test_table_growth_and_deletion);
	tcase_add_test(tc, test_value_sizes);
	tcase_add_test(tc, test_long_name);
	tcase_add_test(tc, test_environ_cache);
	tcase_add_test(tc, test_local_scopes);
	suite_add_tcase(s, tc);
	return s;
}

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
	struct var *v = var_lookup(vs, "x");
	ck_assert_ptr_nonnull(v);
	ck_assert(v->flags & VAR_EXPORT);
	var_set(vs, "x", "now", 0);
	ck_assert(var_lookup(vs, "x")->flags & VAR_EXPORT);
	ck_assert_ptr_null(var_lookup(vs, "never"));
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
	ck_assert_ptr_null(var_lookup(vs, "x"));
	ck_assert(var_unset(vs, "never"));
	var_set(vs, "x", "2", 0);
	ck_assert(!(var_lookup(vs, "x")->flags & VAR_EXPORT));
}
END_TEST

static bool has(char **env, const char *s)
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
	ck_assert_ptr_null(var_lookup(vs, "1BAD"));
	var_set(vs, "local", "v", 0);
	var_set(vs, "exp_unset", NULL, VAR_EXPORT);
	char **env = vars_environ(vs);
	ck_assert_int_eq((int)strv_len(env), 5);
	ck_assert(has(env, "A=1"));
	ck_assert(has(env, "B=x=y"));
	ck_assert(has(env, "C="));
	ck_assert(has(env, "1BAD=z"));
	ck_assert(has(env, "a-b=c"));
	strv_free(env);
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
	ck_assert_uint_eq(var_lookup(vs, "x")->flags, VAR_EXPORT);

	s = var_save(vs, "absent");
	var_set(vs, "absent", "v", VAR_EXPORT);
	var_restore(vs, s);
	ck_assert_ptr_null(var_lookup(vs, "absent"));

	var_set(vs, "u", NULL, VAR_EXPORT);
	s = var_save(vs, "u");
	var_set(vs, "u", "set", 0);
	var_restore(vs, s);
	ck_assert_ptr_nonnull(var_lookup(vs, "u"));
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
	suite_add_tcase(s, tc);
	return s;
}

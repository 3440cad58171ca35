/* Arithmetic evaluation through arith_eval with a small variable table. */
#include "check_main.h"

#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "expand/arith.h"
#include "shell.h"
#include "util/xalloc.h"
#include "var/var.h"

static struct shell sh;

static void setup(void)
{
	memset(&sh, 0, sizeof sh);
	sh.vars = vars_create();
}

static void teardown(void)
{
	vars_destroy(sh.vars);
}

struct arith_case {
	const char *expr;
	long value;
};

static void run_cases(const struct arith_case *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		long v = -12345;
		ck_assert_msg(arith_eval(&sh, c[i].expr, &v), "failed: %s", c[i].expr);
		ck_assert_msg(v == c[i].value, "%s gave %ld, want %ld", c[i].expr, v, c[i].value);
	}
}

#define RUN(cases) run_cases(cases, sizeof cases / sizeof cases[0])

static bool fails(const char *expr)
{
	long v;
	return !arith_eval(&sh, expr, &v);
}

static const char *get(const char *name)
{
	const char *v = var_get(sh.vars, name);
	return v ? v : "(unset)";
}

START_TEST(test_constants)
{
	static const struct arith_case c[] = {
		{ "", 0 }, { "  ", 0 }, { "0", 0 }, { "42", 42 }, { " 7 ", 7 },
		{ "0755", 0755 }, { "0x1F", 31 }, { "0XfF", 255 }, { "010", 8 },
		{ "9223372036854775807", LONG_MAX },
	};
	RUN(c);
}
END_TEST

START_TEST(test_precedence)
{
	static const struct arith_case c[] = {
		{ "1+2*3", 7 }, { "(1+2)*3", 9 }, { "10-4-3", 3 }, { "2*3%4", 2 },
		{ "100/10/5", 2 }, { "1+2<<3", 24 }, { "1<2==1", 1 }, { "1|2^3&4", 3 },
		{ "6&3^1", 3 }, { "1||0&&0", 1 }, { "-2*-3", 6 }, { "- -1", 1 },
		{ "!0+1", 2 }, { "~0", -1 }, { "+5", 5 }, { "((((3))))", 3 },
		/* ** as in bash and ksh: under the unary operators, over *,
		 * grouping to the right, wrapping as * does. */
		{ "2**10", 1024 }, { "-2**2", 4 }, { "2**3**2", 512 },
		{ "2*3**2", 18 }, { "3**2*2", 18 }, { "0**0", 1 },
		{ "(1+1)**(1+2)", 8 }, { "2**63", LONG_MIN },
	};
	RUN(c);
}
END_TEST

START_TEST(test_operators)
{
	static const struct arith_case c[] = {
		{ "7/2", 3 }, { "-7/2", -3 }, { "7%3", 1 }, { "-7%3", -1 },
		{ "1<<4", 16 }, { "256>>4", 16 }, { "-16>>2", -4 },
		{ "3<4", 1 }, { "4<4", 0 }, { "4<=4", 1 }, { "5>4", 1 }, { "4>=5", 0 },
		{ "3==3", 1 }, { "3!=3", 0 }, { "12&10", 8 }, { "12|10", 14 },
		{ "12^10", 6 }, { "!5", 0 }, { "~5", -6 }, { "2&&3", 1 },
		{ "0&&1", 0 }, { "0||0", 0 }, { "0||7", 1 }, { "1,2,3", 3 },
	};
	RUN(c);
}
END_TEST

START_TEST(test_ternary)
{
	static const struct arith_case c[] = {
		{ "1?2:3", 2 }, { "0?2:3", 3 }, { "0?1:0?2:3", 3 }, { "1?0?4:5:6", 5 },
		{ "(0?1:2)+1", 3 },
	};
	RUN(c);
}
END_TEST

START_TEST(test_variables)
{
	var_set(sh.vars, "x", "5", 0);
	var_set(sh.vars, "e", "", 0);
	var_set(sh.vars, "h", " 0x10 ", 0);
	var_set(sh.vars, "n", "-3", 0);
	static const struct arith_case c[] = {
		{ "x", 5 }, { "x*x", 25 }, { "unset_var", 0 }, { "e+1", 1 },
		{ "h", 16 }, { "n*2", -6 }, { "x<n", 0 },
	};
	RUN(c);
}
END_TEST

START_TEST(test_bad_variable)
{
	/* A value that is no constant is an expression (bash, mksh). */
	var_set(sh.vars, "s", "abc", 0);
	var_set(sh.vars, "t", "1+1", 0);
	var_set(sh.vars, "u", "s", 0);
	var_set(sh.vars, "abc", "7", 0);
	var_set(sh.vars, "r", "r", 0);
	var_set(sh.vars, "bad", "1 +", 0);
	static const struct arith_case c[] = {
		{ "s", 7 }, { "t*3", 6 }, { "u+1", 8 },
	};
	RUN(c);
	ck_assert(fails("r"));
	ck_assert(fails("bad"));
	/* not read in the branch that is not taken */
	long v;
	ck_assert(arith_eval(&sh, "0 && r", &v));
	ck_assert_int_eq(v, 0);
}
END_TEST

START_TEST(test_base_constants)
{
	static const struct arith_case c[] = {
		{ "2#101", 5 }, { "36#zZ", 1295 }, { "64#@_", 4031 },
		{ "10#0123", 123 }, { "16#ff+1", 256 }, { "8#17", 15 },
	};
	RUN(c);
	ck_assert(fails("2#12"));
	ck_assert(fails("65#1"));
	ck_assert(fails("1#1"));
	ck_assert(fails("16#"));
}
END_TEST

START_TEST(test_assignment)
{
	static const struct arith_case c[] = {
		{ "x=5", 5 }, { "x+=2", 7 }, { "x-=1", 6 }, { "x*=3", 18 },
		{ "x/=4", 4 }, { "x%=3", 1 }, { "x<<=4", 16 }, { "x>>=2", 4 },
		{ "x&=6", 4 }, { "x|=3", 7 }, { "x^=5", 2 }, { "y=x=3", 3 },
		{ "y", 3 }, { "z = 1 + 2", 3 }, { "q=3", 3 }, { "q**=2", 9 },
	};
	RUN(c);
	ck_assert_str_eq(get("x"), "3");
	ck_assert_str_eq(get("z"), "3");
}
END_TEST

START_TEST(test_incdec)
{
	var_set(sh.vars, "i", "5", 0);
	static const struct arith_case c[] = {
		{ "i++", 5 }, { "i", 6 }, { "++i", 7 }, { "i--", 7 }, { "--i", 5 },
		{ "5--3", 8 }, { "1+-i", -4 },
	};
	RUN(c);
	ck_assert_str_eq(get("i"), "5");
}
END_TEST

START_TEST(test_short_circuit)
{
	static const struct arith_case c[] = {
		{ "0 && (a=1)", 0 }, { "1 || (b=1)", 1 }, { "1 ? 2 : (c=1)", 2 },
		{ "0 ? (d=1) : 4", 4 }, { "0 && 1/0", 0 }, { "1 || 1%0", 1 },
		{ "1 ? 1 : 1/0", 1 },
	};
	RUN(c);
	ck_assert_str_eq(get("a"), "(unset)");
	ck_assert_str_eq(get("b"), "(unset)");
	ck_assert_str_eq(get("c"), "(unset)");
	ck_assert_str_eq(get("d"), "(unset)");
}
END_TEST

START_TEST(test_errors)
{
	const char *bad[] = {
		"1/0", "1%0", "x/=0", "1+", "(1", "1)", "2 3", "09", "0x", "12abc",
		"1 ? 2", "++1", "=3", "@", "1 <<= 2", "x y", "2**-1", "2**",
		"2***3",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(fails(bad[i]), "accepted: %s", bad[i]);
}
END_TEST

/* Each bad expression placed so that its NUL is the last byte before an
 * unreadable page: a cursor that steps over the end faults.  (Found by
 * tests/fuzz/fuzz_arith: "1 ? 2 ?" stepped past the NUL looking for ':'.) */
START_TEST(test_end_of_text)
{
	const char *bad[] = {
		"1 ? 2 ?", "00  ?", "1?(", "1 ? (2", "1 ? 2 :", "0 ? 1 : 2 ?",
		"(1 ? ", "1 ? x = ", "1 +", "(", "1 ? 2 : (",
	};
	long pagesize = sysconf(_SC_PAGESIZE);
	char *map = mmap(NULL, (size_t)pagesize * 2, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ck_assert(map != MAP_FAILED);
	ck_assert(mprotect(map + pagesize, (size_t)pagesize, PROT_NONE) == 0);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		size_t len = strlen(bad[i]) + 1;
		char *at = map + pagesize - len;
		memcpy(at, bad[i], len);
		ck_assert_msg(fails(at), "accepted: %s", bad[i]);
	}
	munmap(map, (size_t)pagesize * 2);
}
END_TEST

/* Nesting deeper than the C stack allows is an error, not a crash. */
START_TEST(test_deep)
{
	const size_t n = 200000;
	char *e = xmalloc(2 * n + 2);
	memset(e, '(', n);
	e[n] = '1';
	memset(e + n + 1, ')', n);
	e[2 * n + 1] = '\0';
	/* The messages quote the whole expression: keep them out of the
	 * log. */
	int saved = dup(2);
	int null = open("/dev/null", O_WRONLY);
	ck_assert(saved >= 0 && null >= 0);
	dup2(null, 2);
	bool failed1 = fails(e);
	for (size_t i = 0; i < n; i++)
		e[i] = i % 2 ? ' ' : '-';
	strcpy(e + n, "1");
	bool failed2 = fails(e);
	dup2(saved, 2);
	close(saved);
	close(null);
	ck_assert(failed1);
	ck_assert(failed2);
	free(e);
	long v;
	ck_assert(arith_eval(&sh, "((((((((((((((((((((1))))))))))))))))))))", &v));
	ck_assert_int_eq(v, 1);
}
END_TEST

START_TEST(test_readonly)
{
	var_set(sh.vars, "r", "1", VAR_READONLY);
	ck_assert(fails("r=2"));
	ck_assert(fails("r++"));
	ck_assert_str_eq(get("r"), "1");
}
END_TEST

START_TEST(test_nounset)
{
	sh.opts[OPT_NOUNSET] = true;
	ck_assert(fails("nope+1"));
	long v;
	ck_assert(arith_eval(&sh, "0 && nope", &v));
}
END_TEST

START_TEST(test_overflow)
{
	static const struct arith_case c[] = {
		{ "9223372036854775807 + 1", LONG_MIN },
		{ "-9223372036854775807 - 1", LONG_MIN },
		{ "(-9223372036854775807 - 1) / -1", LONG_MIN },
		{ "(-9223372036854775807 - 1) % -1", 0 },
		{ "-(-9223372036854775807 - 1)", LONG_MIN },
		{ "1 << 63", LONG_MIN }, { "1 << 64", 1 },
		{ "4611686018427387904 * 4", 0 },
	};
	RUN(c);
}
END_TEST

START_TEST(test_allexport)
{
	sh.opts[OPT_ALLEXPORT] = true;
	long v;
	ck_assert(arith_eval(&sh, "q=1", &v));
	unsigned flags = 0;
	ck_assert(var_flags(sh.vars, "q", &flags));
	ck_assert(flags & VAR_EXPORT);
}
END_TEST

static Suite *make_suite(void)
{
	Suite *s = suite_create("arith");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_constants);
	tcase_add_test(tc, test_precedence);
	tcase_add_test(tc, test_operators);
	tcase_add_test(tc, test_ternary);
	tcase_add_test(tc, test_variables);
	tcase_add_test(tc, test_bad_variable);
	tcase_add_test(tc, test_base_constants);
	tcase_add_test(tc, test_assignment);
	tcase_add_test(tc, test_incdec);
	tcase_add_test(tc, test_short_circuit);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_end_of_text);
	tcase_add_test(tc, test_deep);
	tcase_add_test(tc, test_readonly);
	tcase_add_test(tc, test_nounset);
	tcase_add_test(tc, test_overflow);
	tcase_add_test(tc, test_allexport);
	suite_add_tcase(s, tc);
	return s;
}

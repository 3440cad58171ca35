/* fc's pure parts: which history entry first/last name (numbers, negative
 * offsets, prefixes, clamping) and the old=new substitution of fc -s.  The
 * history is a plain array here: no readline, no shell. */
#include <stdlib.h>

#include "builtin/builtin.h"
#include "check_main.h"

/* Entries 5..9, as after a stifled history dropped 1..4. */
static const char *const texts[] = {
	"echo one", "ls -l", "echo two", "make check", "echo three",
};
enum { FIRST = 5, LAST = 9 };

static long resolve(const char *spec)
{
	long n = -1;
	if (!fc_resolve(spec, texts, FIRST, LAST, &n))
		return 0;
	return n;
}

START_TEST(numbers_name_entries)
{
	ck_assert_int_eq(resolve("5"), 5);
	ck_assert_int_eq(resolve("7"), 7);
	ck_assert_int_eq(resolve("+8"), 8);
}
END_TEST

START_TEST(negative_counts_back_from_the_newest)
{
	ck_assert_int_eq(resolve("-1"), 9);
	ck_assert_int_eq(resolve("-2"), 8);
	ck_assert_int_eq(resolve("-5"), 5);
}
END_TEST

START_TEST(out_of_range_is_clamped)
{
	/* XCU fc: not an error; the oldest or newest entry stands in. */
	ck_assert_int_eq(resolve("-16"), 5);
	ck_assert_int_eq(resolve("-9223372036854775807"), 5);
	ck_assert_int_eq(resolve("1"), 5);
	ck_assert_int_eq(resolve("0"), 5);
	ck_assert_int_eq(resolve("100"), 9);
}
END_TEST

START_TEST(prefix_names_the_newest_match)
{
	ck_assert_int_eq(resolve("echo"), 9);
	ck_assert_int_eq(resolve("echo t"), 9);
	ck_assert_int_eq(resolve("echo o"), 5);
	ck_assert_int_eq(resolve("ls"), 6);
	ck_assert_int_eq(resolve("m"), 8);
	ck_assert_int_eq(resolve("-x"), 0);	/* not a number: a prefix */
	ck_assert_int_eq(resolve("cat"), 0);
	ck_assert_int_eq(resolve("echo one two"), 0);
}
END_TEST

START_TEST(empty_history_names_nothing)
{
	long n = 42;
	ck_assert(!fc_resolve("-1", texts, 5, 4, &n));
	ck_assert(!fc_resolve("echo", texts, 5, 4, &n));
	ck_assert_int_eq(n, 42);
}
END_TEST

static void subst(const char *text, const char *old, const char *new_text,
	const char *want)
{
	char *got = fc_substitute(text, old, new_text);
	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(substitution_replaces_the_first_occurrence)
{
	subst("echo foo foo", "foo", "bar", "echo bar foo");
	subst("echo foo", "echo", "printf '%s\\n'", "printf '%s\\n' foo");
	subst("echo foo", "foo", "", "echo ");
	subst("echo foo", "o f", "o-f", "echo-foo");
	subst("a\nb", "\nb", "; c", "a; c");
}
END_TEST

START_TEST(substitution_without_match_copies)
{
	subst("echo foo", "baz", "bar", "echo foo");
	subst("echo foo", "", "bar", "echo foo");
	subst("", "a", "b", "");
}
END_TEST

static Suite *make_suite(void)
{
	Suite *s = suite_create("fc");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, numbers_name_entries);
	tcase_add_test(tc, negative_counts_back_from_the_newest);
	tcase_add_test(tc, out_of_range_is_clamped);
	tcase_add_test(tc, prefix_names_the_newest_match);
	tcase_add_test(tc, empty_history_names_nothing);
	tcase_add_test(tc, substitution_replaces_the_first_occurrence);
	tcase_add_test(tc, substitution_without_match_copies);
	suite_add_tcase(s, tc);
	return s;
}

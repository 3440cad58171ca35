/* Unit tests for the quoting of completion (src/input/complete.c):
 * complete_quote, complete_dequote and complete_is_quoted, which readline
 * calls through its filename-quoting hooks.  Table driven: each row is
 * one case; a quoted name must dequote back to itself. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "input/rl.h"

struct quote_row {
	const char *name;
	char quote;
	bool close;
	bool tilde_literal;
	const char *want;
};

static const struct quote_row quote_rows[] = {
	{ "plain", '\0', true, true, "plain" },
	{ "my file.txt", '\0', true, true, "my\\ file.txt" },
	{ "it's", '\0', true, true, "it\\'s" },
	{ "a$b", '\0', true, true, "a\\$b" },
	{ "q\"`\\", '\0', true, true, "q\\\"\\`\\\\" },
	{ "&;|<>()", '\0', true, true, "\\&\\;\\|\\<\\>\\(\\)" },
	{ "*?[]#={}!", '\0', true, true, "\\*\\?\\[\\]\\#\\=\\{\\}\\!" },
	{ "tab\there", '\0', true, true, "tab\\\there" },
	/* A tilde: quoted at the start of a file's name, kept as the
	 * prefix the user typed, never quoted further in. */
	{ "~x", '\0', true, true, "\\~x" },
	{ "~/my file", '\0', true, false, "~/my\\ file" },
	{ "a~b", '\0', true, true, "a~b" },
	/* A newline: single quotes, since backslash-newline continues. */
	{ "new\nline", '\0', true, true, "'new\nline'" },
	{ "new\nline", '\0', false, true, "'new\nline" },
	/* Inside "...": only $ ` " \ get a backslash. */
	{ "my file.txt", '"', true, true, "\"my file.txt\"" },
	{ "it's $x `c` \"q\" \\", '"', true, true,
	  "\"it's \\$x \\`c\\` \\\"q\\\" \\\\\"" },
	{ "my dir", '"', false, true, "\"my dir" },
	{ "~x", '"', true, true, "\"~x\"" },
	/* Inside '...': a ' closes, is escaped, and reopens. */
	{ "my $file", '\'', true, true, "'my $file'" },
	{ "it's", '\'', true, true, "'it'\\''s'" },
	{ "it'", '\'', false, true, "'it'\\''" },
	{ "", '"', false, true, "\"" },
};

START_TEST(quote_table)
{
	const struct quote_row *r = &quote_rows[_i];
	char *got = complete_quote(r->name, r->quote, r->close, r->tilde_literal);
	ck_assert_str_eq(got, r->want);
	/* What was inserted reads back as the name: the opening quote is
	 * part of the result, so dequote from outside any quote. */
	char *back = complete_dequote(got, '\0');
	ck_assert_str_eq(back, r->name);
	free(back);
	free(got);
}
END_TEST

struct dequote_row {
	const char *text;
	char quote;
	const char *want;
};

static const struct dequote_row dequote_rows[] = {
	{ "my\\ f", '\0', "my f" },
	{ "it\\'", '\0', "it'" },
	{ "a\\$", '\0', "a$" },
	{ "\"my \"f", '\0', "my f" },
	{ "'a b'c\"d e\"", '\0', "a bcd e" },
	{ "my f", '"', "my f" },
	{ "a\\$b\\x", '"', "a$b\\x" },
	{ "it's", '"', "it's" },
	{ "a\\b", '\'', "a\\b" },
	{ "it'\\''s", '\'', "it's" },
	{ "trailing\\", '\0', "trailing" },
	{ "open\"quo", '\0', "openquo" },
	{ "line\\\ncont", '\0', "linecont" },
};

START_TEST(dequote_table)
{
	const struct dequote_row *r = &dequote_rows[_i];
	char *got = complete_dequote(r->text, r->quote);
	ck_assert_str_eq(got, r->want);
	free(got);
}
END_TEST

START_TEST(is_quoted_positions)
{
	/* Index:            0123456789 */
	const char *line = "ls my\\ f x";
	ck_assert(!complete_is_quoted(line, 2));	/* the space after ls */
	ck_assert(complete_is_quoted(line, 6));	/* the escaped space */
	ck_assert(!complete_is_quoted(line, 8));	/* the space before x */
	const char *dq = "ls \"a b\" c";
	ck_assert(complete_is_quoted(dq, 3));	/* the opening quote */
	ck_assert(complete_is_quoted(dq, 5));	/* the space inside */
	ck_assert(complete_is_quoted(dq, 7));	/* the closing quote */
	ck_assert(!complete_is_quoted(dq, 8));
	const char *sq = "'a\\' b";	/* no escape inside '...' */
	ck_assert(!complete_is_quoted(sq, 4));
	const char *esc = "\"a\\\" b";	/* \" inside "..." does not close */
	ck_assert(complete_is_quoted(esc, 4));
	ck_assert(!complete_is_quoted("", 0));
}
END_TEST

static Suite *make_suite(void)
{
	Suite *s = suite_create("complete");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, quote_table, 0,
			    (int)(sizeof quote_rows / sizeof quote_rows[0]));
	tcase_add_loop_test(tc, dequote_table, 0,
			    (int)(sizeof dequote_rows / sizeof dequote_rows[0]));
	tcase_add_test(tc, is_quoted_positions);
	suite_add_tcase(s, tc);
	return s;
}

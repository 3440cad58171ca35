/* Expansion tests.  Words are built by a small word reader below rather
 * than by the real parser, so that these tests pin the expander alone;
 * one test at the end goes through parse_string and the real executor for
 * command substitution. */
#include "check_main.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include "expand/expand.h"
#include "parse/ast.h"
#include "parse/parser.h"
#include "shell.h"
#include "sig/signal.h"
#include "util/arena.h"
#include "util/strbuf.h"
#include "util/vec.h"
#include "util/xalloc.h"
#include "var/var.h"

static struct shell sh;
static struct arena A;

static void setup(void)
{
	memset(&sh, 0, sizeof sh);
	sh.vars = vars_create();
	sh.pid = 4242;
	sh.arg0 = xstrdup("cosh");
	sh.params = xcalloc(1, sizeof *sh.params);
	arena_init(&A);
}

static void teardown(void)
{
	vars_destroy(sh.vars);
	strv_free(sh.params);
	free(sh.arg0);
	arena_destroy(&A);
}

static void set_params(size_t n, ...)
{
	va_list ap;
	strv_free(sh.params);
	sh.params = xcalloc(n + 1, sizeof *sh.params);
	va_start(ap, n);
	for (size_t i = 0; i < n; i++)
		sh.params[i] = xstrdup(va_arg(ap, const char *));
	va_end(ap);
	sh.nparams = n;
}

static void set(const char *name, const char *value)
{
	ck_assert(var_set(sh.vars, name, value, 0));
}

/* ---- a tiny word reader: '...', "...", \c, $x ${x OP w} ${#x} $((e)) $() ---- */

static struct word *new_word(enum word_type t)
{
	struct word *w = arena_alloc(&A, sizeof *w);
	w->type = t;
	return w;
}

static struct word *read_parts(const char **pp, const char *stops, bool dq);

static void link_part(struct word ***tail, struct word *w)
{
	**tail = w;
	*tail = &w->next;
}

static struct word *new_string(const char *s, size_t n, bool quoted)
{
	struct word *w = new_word(WORD_STRING);
	w->string.str = arena_strndup(&A, s, n);
	w->string.quoted = quoted;
	return w;
}

static struct word *new_list(struct word *head, bool dq)
{
	struct word *w = new_word(WORD_LIST);
	w->list.head = head;
	w->list.double_quoted = dq;
	return w;
}

static struct word *read_dollar(const char **pp)
{
	const char *p = *pp + 1;
	struct word *w;
	if (p[0] == '(' && p[1] == '(') {
		p += 2;
		const char *start = p;
		int depth = 0;
		while (!(depth == 0 && p[0] == ')' && p[1] == ')')) {
			depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
			p++;
		}
		char *expr = arena_strndup(&A, start, (size_t)(p - start));
		const char *q = expr;
		w = new_word(WORD_ARITH);
		w->arith.expr = new_list(read_parts(&q, "", true), false);
		*pp = p + 2;
		return w;
	}
	if (p[0] == '(' && p[1] == ')') {
		w = new_word(WORD_CMDSUB);
		*pp = p + 2;
		return w;
	}
	w = new_word(WORD_PARAM);
	if (*p != '{') {
		const char *start = p;
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_')
			while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			       (*p >= '0' && *p <= '9') || *p == '_')
				p++;
		else
			p++;
		w->param.name = arena_strndup(&A, start, (size_t)(p - start));
		*pp = p;
		return w;
	}
	p++;
	w->param.braced = true;
	if (*p == '#' && p[1] != '}') {
		w->param.op = PARAM_LENGTH;
		p++;
	}
	const char *start = p;
	if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' ||
	    (*p >= '0' && *p <= '9'))
		while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		       (*p >= '0' && *p <= '9') || *p == '_')
			p++;
	else
		p++;
	w->param.name = arena_strndup(&A, start, (size_t)(p - start));
	if (*p != '}') {
		if (*p == ':') {
			w->param.colon = true;
			p++;
		}
		switch (*p++) {
		case '-': w->param.op = PARAM_DEFAULT; break;
		case '=': w->param.op = PARAM_ASSIGN; break;
		case '?': w->param.op = PARAM_ERROR; break;
		case '+': w->param.op = PARAM_ALT; break;
		case '%':
			w->param.op = PARAM_TRIM_SUFFIX;
			if (*p == '%') {
				w->param.op = PARAM_TRIM_SUFFIX_LONG;
				p++;
			}
			break;
		case '#':
			w->param.op = PARAM_TRIM_PREFIX;
			if (*p == '#') {
				w->param.op = PARAM_TRIM_PREFIX_LONG;
				p++;
			}
			break;
		default:
			ck_abort_msg("bad test word");
		}
		w->param.arg = new_list(read_parts(&p, "}", false), false);
	}
	ck_assert(*p == '}');
	*pp = p + 1;
	return w;
}

static struct word *read_parts(const char **pp, const char *stops, bool dq)
{
	struct word *head = NULL, **tail = &head;
	const char *p = *pp;
	struct strbuf lit = STRBUF_INIT;
#define FLUSH() do { if (lit.len) { link_part(&tail, new_string(lit.data, lit.len, false)); strbuf_reset(&lit); } } while (0)
	while (*p && !strchr(stops, *p)) {
		if (dq && *p == '"')
			break;
		if (*p == '$' && p[1] && !strchr(" \"", p[1])) {
			FLUSH();
			link_part(&tail, read_dollar(&p));
		} else if (*p == '\\' && p[1] && (!dq || strchr("$`\"\\", p[1]))) {
			if (dq) {
				strbuf_appendc(&lit, p[1]);
			} else {
				FLUSH();
				link_part(&tail, new_string(p + 1, 1, true));
			}
			p += 2;
		} else if (!dq && *p == '\'') {
			FLUSH();
			const char *end = strchr(p + 1, '\'');
			link_part(&tail, new_string(p + 1, (size_t)(end - p - 1), true));
			p = end + 1;
		} else if (!dq && *p == '"') {
			FLUSH();
			p++;
			struct word *inner = read_parts(&p, "", true);
			ck_assert(*p == '"');
			p++;
			link_part(&tail, new_list(inner, true));
		} else {
			strbuf_appendc(&lit, *p++);
		}
	}
	FLUSH();
#undef FLUSH
	strbuf_free(&lit);
	*pp = p;
	return head;
}

static struct word *W(const char *text)
{
	const char *p = text;
	struct word *w = new_list(read_parts(&p, "", false), false);
	ck_assert_msg(*p == '\0', "test word not fully read: %s", text);
	return w;
}

/* Expands space-separated words (a space inside quotes is kept) and shows
 * the fields as <a><b>, or "ERROR". */
static const char *ex(const char *text)
{
	struct word *words[16];
	size_t n = 0;
	const char *p = text;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		const char *start = p;
		char q = 0;
		int brace = 0;
		while (*p && (q || brace || *p != ' ')) {
			if (*p == '\\' && q != '\'' && p[1])
				p++;
			else if (q && *p == q)
				q = 0;
			else if (!q && (*p == '\'' || *p == '"'))
				q = *p;
			else if (!q && *p == '{')
				brace++;
			else if (!q && *p == '}')
				brace--;
			p++;
		}
		words[n++] = W(arena_strndup(&A, start, (size_t)(p - start)));
	}
	struct vec out = VEC_INIT;
	if (!expand_words(&sh, words, n, &out)) {
		ck_assert_int_eq((int)out.len, 0);
		vec_free(&out);
		return "ERROR";
	}
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < out.len; i++)
		strbuf_appendf(&sb, "<%s>", (char *)out.items[i]);
	vec_free_all(&out);
	char *s = arena_strdup(&A, strbuf_str(&sb));
	strbuf_free(&sb);
	return s;
}

static const char *exs(const char *text, enum expand_str_mode mode)
{
	char *s = expand_word_str(&sh, W(text), mode);
	if (!s)
		return "ERROR";
	char *r = arena_strdup(&A, s);
	free(s);
	return r;
}

static const char *expat(const char *text)
{
	char *s = expand_pattern(&sh, W(text));
	if (!s)
		return "ERROR";
	char *r = arena_strdup(&A, s);
	free(s);
	return r;
}

/* ---- parameters ---- */

START_TEST(test_literal)
{
	ck_assert_str_eq(ex("abc def"), "<abc><def>");
	ck_assert_str_eq(ex("'a b' \"c d\" e\\ f"), "<a b><c d><e f>");
	ck_assert_str_eq(ex("'' \"\""), "<><>");
	ck_assert_str_eq(ex("a'b'\"c\"d"), "<abcd>");
}
END_TEST

START_TEST(test_plain_param)
{
	set("x", "hello");
	ck_assert_str_eq(ex("$x ${x} a${x}b"), "<hello><hello><ahellob>");
	ck_assert_str_eq(ex("$unset"), "");
	ck_assert_str_eq(ex("\"$unset\""), "<>");
	ck_assert_str_eq(ex("$unset\"\""), "<>");
}
END_TEST

START_TEST(test_special_params)
{
	set_params(3, "a", "b c", "d");
	sh.status = 7;
	ck_assert_str_eq(ex("$? $# $$ $0 $1 \"$2\" $4"), "<7><3><4242><cosh><a><b c>");
	sh.last_bg = 0;
	ck_assert_str_eq(ex("\"$!\""), "<>");
	sh.last_bg = 99;
	ck_assert_str_eq(ex("$!"), "<99>");
	sh.opts[OPT_ERREXIT] = true;
	sh.opts[OPT_NOUNSET] = true;
	ck_assert_str_eq(ex("$-"), "<eu>");
}
END_TEST

START_TEST(test_positional_ten)
{
	set_params(11, "1", "2", "3", "4", "5", "6", "7", "8", "9", "ten", "eleven");
	ck_assert_str_eq(ex("${10} $10 ${11}"), "<ten><10><eleven>");
}
END_TEST

START_TEST(test_default_ops)
{
	set("e", "");
	set("x", "val");
	ck_assert_str_eq(ex("${u-def} ${e-def} ${e:-def} ${x:-def}"), "<def><def><val>");
	ck_assert_str_eq(ex("\"${e-def}\""), "<>");
	ck_assert_str_eq(ex("${u+alt} ${e+alt} ${e:+alt} ${x:+alt}"), "<alt><alt>");
	ck_assert_str_eq(ex("${u:-a b}"), "<a><b>");
	ck_assert_str_eq(ex("\"${u:-a b}\""), "<a b>");
	ck_assert_str_eq(ex("${u:-\"a b\"}"), "<a b>");
}
END_TEST

START_TEST(test_assign_op)
{
	set("e", "");
	ck_assert_str_eq(ex("${u=new} $u"), "<new><new>");
	ck_assert_str_eq(ex("${e=x}"), "");
	ck_assert_str_eq(ex("${e:=x} $e"), "<x><x>");
	ck_assert_str_eq(ex("${1=x}"), "ERROR");
	ck_assert_int_eq(sh.status, 2);
	ck_assert(var_set(sh.vars, "ro", NULL, VAR_READONLY));
	ck_assert_str_eq(ex("${ro=x}"), "ERROR");
}
END_TEST

START_TEST(test_error_op)
{
	set("x", "ok");
	set("e", "");
	ck_assert_str_eq(ex("${x?msg}"), "<ok>");
	ck_assert_str_eq(ex("${e?msg} \"${e?msg}\""), "<>");
	ck_assert_str_eq(ex("a ${e:?msg} b"), "ERROR");
	ck_assert_int_eq(sh.status, 2);
	ck_assert_str_eq(ex("${u?}"), "ERROR");
}
END_TEST

START_TEST(test_length)
{
	set("x", "hello");
	set_params(2, "a", "b");
	ck_assert_str_eq(ex("${#x} ${#u} ${##} ${#@}"), "<5><0><1><2>");
}
END_TEST

START_TEST(test_nounset)
{
	sh.opts[OPT_NOUNSET] = true;
	ck_assert_str_eq(ex("$u"), "ERROR");
	ck_assert_int_eq(sh.status, 2);
	ck_assert_str_eq(ex("${u-ok} $@ $*"), "<ok>");
	ck_assert_str_eq(ex("${#u}"), "ERROR");
	ck_assert_str_eq(ex("$1"), "ERROR");
}
END_TEST

START_TEST(test_trim)
{
	set("p", "/usr/local/lib.tar.gz");
	ck_assert_str_eq(ex("${p#*/}"), "<usr/local/lib.tar.gz>");
	ck_assert_str_eq(ex("${p##*/}"), "<lib.tar.gz>");
	ck_assert_str_eq(ex("${p%.*}"), "</usr/local/lib.tar>");
	ck_assert_str_eq(ex("${p%%.*}"), "</usr/local/lib>");
	ck_assert_str_eq(ex("\"${p##*/}\""), "<lib.tar.gz>");
	ck_assert_str_eq(ex("${p#nomatch}"), "</usr/local/lib.tar.gz>");
	set("s", "a*b*c");
	ck_assert_str_eq(ex("${s#*\\*} ${s%'*'*}"), "<b*c><a*b>");
	set("pat", "*b");
	ck_assert_str_eq(ex("\"${s#$pat}\" \"${s#\"$pat\"}\""), "<*c><a*b*c>");
	ck_assert_str_eq(ex("${u#x}"), "");
}
END_TEST

/* ---- splitting ---- */

START_TEST(test_split_default)
{
	set("x", "  a  b\tc\n ");
	ck_assert_str_eq(ex("$x"), "<a><b><c>");
	ck_assert_str_eq(ex("\"$x\""), "<  a  b\tc\n >");
	ck_assert_str_eq(ex("1${x}2"), "<1><a><b><c><2>");
	set("y", " ");
	ck_assert_str_eq(ex("$y"), "");
	ck_assert_str_eq(ex("a${y}b"), "<a><b>");
}
END_TEST

START_TEST(test_split_colon)
{
	set("IFS", ":");
	set("x", "a::b");
	ck_assert_str_eq(ex("$x"), "<a><><b>");
	set("x", "a:");
	ck_assert_str_eq(ex("$x"), "<a>");
	set("x", ":a");
	ck_assert_str_eq(ex("$x"), "<><a>");
	set("x", ":");
	ck_assert_str_eq(ex("$x"), "<>");
	ck_assert_str_eq(ex("b${x}c"), "<b><c>");
	set("x", "a b");
	ck_assert_str_eq(ex("$x"), "<a b>");
}
END_TEST

START_TEST(test_split_mixed)
{
	set("IFS", " :");
	set("x", "a : b");
	ck_assert_str_eq(ex("$x"), "<a><b>");
	set("x", " : a");
	ck_assert_str_eq(ex("$x"), "<><a>");
	set("x", "a: :b");
	ck_assert_str_eq(ex("$x"), "<a><><b>");
}
END_TEST

START_TEST(test_split_empty_ifs)
{
	set("IFS", "");
	set("x", " a b ");
	ck_assert_str_eq(ex("$x"), "< a b >");
	set_params(2, "a b", "c");
	ck_assert_str_eq(ex("\"$*\""), "<a bc>");
	ck_assert_str_eq(ex("$*"), "<a b><c>");
}
END_TEST

START_TEST(test_literal_not_split)
{
	set("IFS", "a");
	ck_assert_str_eq(ex("banana"), "<banana>");
	set("x", "banana");
	ck_assert_str_eq(ex("$x"), "<b><n><n>");
}
END_TEST

/* ---- $@ and $* ---- */

START_TEST(test_at_quoted)
{
	set_params(2, "1", "2");
	ck_assert_str_eq(ex("\"a$@b\""), "<a1><2b>");
	ck_assert_str_eq(ex("\"$@\""), "<1><2>");
	set_params(2, "x y", "");
	ck_assert_str_eq(ex("\"$@\""), "<x y><>");
	set_params(0);
	ck_assert_str_eq(ex("\"$@\""), "");
	ck_assert_str_eq(ex("\"$@\"\"\""), "<>");
	ck_assert_str_eq(ex("\"\"$@"), "<>");
	ck_assert_str_eq(ex("\"a$@\""), "<a>");
	ck_assert_str_eq(ex("\"$*\""), "<>");
}
END_TEST

START_TEST(test_at_unquoted)
{
	set_params(3, "a b", "", "c");
	ck_assert_str_eq(ex("$@"), "<a><b><c>");
	ck_assert_str_eq(ex("$*"), "<a><b><c>");
	ck_assert_str_eq(ex("x$@y"), "<xa><b><cy>");
}
END_TEST

START_TEST(test_star_quoted)
{
	set_params(3, "a", "b", "c");
	ck_assert_str_eq(ex("\"$*\""), "<a b c>");
	set("IFS", ":x");
	ck_assert_str_eq(ex("\"$*\""), "<a:b:c>");
	ck_assert_str_eq(ex("\"${*}\" \"${@}\""), "<a:b:c><a><b><c>");
}
END_TEST

START_TEST(test_at_in_ops)
{
	set_params(2, "a b", "c");
	ck_assert_str_eq(ex("\"${@:-x}\" ${@:+y}"), "<a b><c><y>");
	ck_assert_str_eq(ex("${u:=p q} \"${v:=p q}\""), "<p><q><p q>");
	set_params(0);
	ck_assert_str_eq(ex("\"${@:-x}\" \"${@+y}\""), "<x><>");
}
END_TEST

START_TEST(test_at_str)
{
	set_params(2, "a", "b");
	set("IFS", ":");
	ck_assert_str_eq(exs("$@", EXPAND_STR_PLAIN), "a b");
	ck_assert_str_eq(exs("$*", EXPAND_STR_PLAIN), "a:b");
	ck_assert_str_eq(exs("\"$@\"", EXPAND_STR_ASSIGN), "a b");
}
END_TEST

/* ---- tilde ---- */

START_TEST(test_tilde)
{
	set("HOME", "/home/me");
	ck_assert_str_eq(ex("~ ~/x a~ '~' \\~ ~\"\""), "</home/me></home/me/x><a~><~><~><~>");
	set("HOME", "/with space");
	ck_assert_str_eq(ex("~"), "</with space>");
	ck_assert_str_eq(ex("~root/x"), "</root/x>");
	ck_assert_str_eq(ex("~nosuchuser12345"), "<~nosuchuser12345>");
	set("HOME", "/h");
	ck_assert_str_eq(exs("~/a:~/b:x~", EXPAND_STR_ASSIGN), "/h/a:/h/b:x~");
	ck_assert_str_eq(exs("~/a:~/b", EXPAND_STR_PLAIN), "/h/a:~/b");
	ck_assert_str_eq(exs("x:~:~/c", EXPAND_STR_ASSIGN), "x:/h:/h/c");
	ck_assert_str_eq(exs("x:~\"\"", EXPAND_STR_ASSIGN), "x:~");
	ck_assert_str_eq(exs("~/a", EXPAND_STR_HEREDOC), "~/a");
}
END_TEST

START_TEST(test_tilde_nohome)
{
	/* HOME unset: the password database */
	ck_assert_str_ne(ex("~"), "<~>");
}
END_TEST

/* ---- strings, patterns ---- */

START_TEST(test_word_str)
{
	set("x", "a  b*");
	ck_assert_str_eq(exs("$x", EXPAND_STR_PLAIN), "a  b*");
	ck_assert_str_eq(exs("'q'\"$x\"\\$", EXPAND_STR_PLAIN), "qa  b*$");
	ck_assert_str_eq(exs("", EXPAND_STR_PLAIN), "");
	ck_assert_str_eq(exs("${u:?gone}", EXPAND_STR_PLAIN), "ERROR");
}
END_TEST

START_TEST(test_expand_pattern)
{
	set("x", "a*");
	ck_assert_str_eq(expat("$x"), "a*");
	ck_assert_str_eq(expat("\"$x\""), "a\\*");
	ck_assert_str_eq(expat("'*?'[ab]\\*"), "\\*\\?[ab]\\*");
	ck_assert(pattern_match(expat("\"$x\""), "a*"));
	ck_assert(!pattern_match(expat("\"$x\""), "ab"));
	ck_assert(pattern_match(expat("$x"), "ab"));
}
END_TEST

struct pm_case {
	const char *pat, *s;
	bool match;
};

START_TEST(test_pattern_match)
{
	static const struct pm_case cases[] = {
		{ "", "", true }, { "", "a", false }, { "abc", "abc", true },
		{ "abc", "abd", false }, { "a?c", "abc", true }, { "a?c", "ac", false },
		{ "*", "", true }, { "*", "anything", true }, { "a*", "abc", true },
		{ "*c", "abc", true }, { "*b*", "abc", true }, { "*x*", "abc", false },
		{ "a*b*c", "aXbYbZc", true }, { "a*b*c", "aXbYbZ", false },
		{ "[abc]", "b", true }, { "[abc]", "d", false }, { "[a-c]x", "bx", true },
		{ "[!a-c]", "d", true }, { "[!a-c]", "b", false }, { "[^a]", "b", true },
		{ "[]]", "]", true }, { "[!]]", "a", true }, { "[a-]", "-", true },
		{ "[[:alpha:]]", "q", true }, { "[[:alpha:]]", "1", false },
		{ "[[:digit:][:upper:]]*", "Q1", true }, { "[[:space:]]", " ", true },
		{ "\\*", "*", true }, { "\\*", "a", false }, { "\\[a]", "[a]", true },
		{ "[", "[", true }, { "[a", "[a", true }, { "a[", "a[", true },
		{ "[\\]]", "]", true }, { ".*", ".hidden", true }, { "*", ".hidden", true },
		{ "*/*", "a/b", true }, { "?", "/", true }, { "*.c", "x.c.h", false },
		{ "**a", "ba", true }, { "[.a.]", "a", true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		ck_assert_msg(pattern_match(cases[i].pat, cases[i].s) == cases[i].match,
			"pattern '%s' on '%s'", cases[i].pat, cases[i].s);
}
END_TEST

/* In a UTF-8 locale '?', a bracket expression and a star's step take a
 * whole character (here "\xce\xbc", two bytes). */
START_TEST(test_pattern_match_multibyte)
{
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		return;	/* no such locale here: nothing to check */
	ck_assert(pattern_match("?", "\xce\xbc"));
	ck_assert(!pattern_match("??", "\xce\xbc"));
	ck_assert(pattern_match("a?b", "a\xce\xbc" "b"));
	ck_assert(pattern_match("[!x]", "\xce\xbc"));
	ck_assert(!pattern_match("[x]", "\xce\xbc"));
	ck_assert(pattern_match("*?", "\xce\xbc"));
	ck_assert(pattern_match("*b", "\xce\xbc" "b"));
	ck_assert(pattern_match("?", "\xff"));	/* an invalid byte is one */
	setlocale(LC_CTYPE, "C");
	ck_assert(pattern_match("??", "\xce\xbc"));
}
END_TEST

/* ---- arithmetic and command substitution ---- */

START_TEST(test_arith_expansion)
{
	set("x", "6");
	ck_assert_str_eq(ex("$((1+2)) $((x*7)) $(($x-1)) \"$((2*3))\""), "<3><42><5><6>");
	ck_assert_str_eq(ex("$((x=9)) $x"), "<9><9>");
	ck_assert_str_eq(ex("$((1/0))"), "ERROR");
	ck_assert_int_eq(sh.status, 2);
	set("IFS", "1");
	ck_assert_str_eq(ex("$((212))"), "<2><2>");
}
END_TEST

START_TEST(test_empty_cmdsub)
{
	sh.status = 5;
	ck_assert_str_eq(ex("a$()b \"$()\" $()"), "<ab><>");
	ck_assert_int_eq(sh.status, 0);
}
END_TEST

#ifndef COSH_TEST_NO_PARSER
/* Needs the real parser and executor (the whole library). */
START_TEST(test_cmdsub_real)
{
	struct shell *rsh = shell_create(environ);
	/* The wait loops sleep until SIGCHLD: the signal core must be up. */
	sig_init(rsh);
	struct program *prog = parse_string("echo $(echo hi) \"$(printf 'a\\n\\n\\n')\" $(false)", "test");
	ck_assert_ptr_nonnull(prog);
	ck_assert_int_eq(prog->root->type, NODE_SIMPLE);
	struct vec out = VEC_INIT;
	ck_assert(expand_words(rsh, prog->root->simple.args, prog->root->simple.nargs, &out));
	ck_assert_int_eq((int)out.len, 3);
	ck_assert_str_eq(out.items[1], "hi");
	ck_assert_str_eq(out.items[2], "a");
	ck_assert_int_eq(rsh->status, 1);
	vec_free_all(&out);
	program_unref(prog);
	shell_destroy(rsh);
}
END_TEST
#endif

/* ---- globbing ---- */

static char tmpdir[64];
static char oldcwd[4096];

static void touch(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT, 0644);
	ck_assert_int_ge(fd, 0);
	close(fd);
}

static void glob_setup(void)
{
	setup();
	ck_assert_ptr_nonnull(getcwd(oldcwd, sizeof oldcwd));
	strcpy(tmpdir, "/tmp/cosh-glob-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	ck_assert_int_eq(chdir(tmpdir), 0);
	touch("b.c");
	touch("a.c");
	touch("c.h");
	touch(".hid.c");
	touch("*star");
	mkdir("sub", 0755);
	mkdir("sub2", 0755);
	touch("sub/x.c");
	touch("sub/y.o");
	touch("sub2/z.c");
}

static void glob_teardown(void)
{
	const char *files[] = { "sub/x.c", "sub/y.o", "sub2/z.c", "b.c", "a.c",
		"c.h", ".hid.c", "*star" };
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
		unlink(files[i]);
	rmdir("sub");
	rmdir("sub2");
	if (chdir(oldcwd) != 0)
		ck_abort_msg("chdir back failed");
	rmdir(tmpdir);
	teardown();
}

START_TEST(test_glob_basic)
{
	ck_assert_str_eq(ex("*.c"), "<a.c><b.c>");
	ck_assert_str_eq(ex("?.[ch]"), "<a.c><b.c><c.h>");
	ck_assert_str_eq(ex("*.none"), "<*.none>");
	ck_assert_str_eq(ex(".*.c"), "<.hid.c>");
	ck_assert_str_eq(ex("'*'.c \"*\".c \\*star"), "<*.c><*.c><*star>");
	ck_assert_str_eq(ex("[!ab].?"), "<c.h>");
}
END_TEST

START_TEST(test_glob_dirs)
{
	ck_assert_str_eq(ex("*/*.c"), "<sub/x.c><sub2/z.c>");
	ck_assert_str_eq(ex("sub/*"), "<sub/x.c><sub/y.o>");
	ck_assert_str_eq(ex("s*/"), "<sub/><sub2/>");
	ck_assert_str_eq(ex("*/x.c"), "<sub/x.c>");
	char pat[128];
	snprintf(pat, sizeof pat, "%s/sub/*.o", tmpdir);
	char want[160];
	snprintf(want, sizeof want, "<%s/sub/y.o>", tmpdir);
	ck_assert_str_eq(ex(pat), want);
}
END_TEST

START_TEST(test_glob_from_vars)
{
	set("p", "*.c");
	ck_assert_str_eq(ex("$p \"$p\""), "<a.c><b.c><*.c>");
	set("p", "a.c b.c");
	ck_assert_str_eq(ex("$p"), "<a.c><b.c>");
	sh.opts[OPT_NOGLOB] = true;
	ck_assert_str_eq(ex("*.c"), "<*.c>");
}
END_TEST

/* ---- read's splitting ---- */

static const char *split(const char *s, size_t max)
{
	struct vec out = VEC_INIT;
	expand_split_ifs(&sh, s, max, &out);
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < out.len; i++)
		strbuf_appendf(&sb, "<%s>", (char *)out.items[i]);
	vec_free_all(&out);
	char *r = arena_strdup(&A, strbuf_str(&sb));
	strbuf_free(&sb);
	return r;
}

START_TEST(test_split_ifs)
{
	ck_assert_str_eq(split("  a b  c ", 0), "<a><b><c>");
	ck_assert_str_eq(split("  a b  c  ", 2), "<a><b  c>");
	ck_assert_str_eq(split("a", 3), "<a>");
	ck_assert_str_eq(split("", 0), "");
	set("IFS", ":");
	ck_assert_str_eq(split("a::b:", 0), "<a><><b>");
	ck_assert_str_eq(split("a::b", 2), "<a><:b>");
	ck_assert_str_eq(split("a:b:", 2), "<a><b>");
	ck_assert_str_eq(split("a:b::", 2), "<a><b::>");
	ck_assert_str_eq(split("a:b:c:", 2), "<a><b:c:>");
	set("IFS", ": ");
	ck_assert_str_eq(split("a: b : ", 2), "<a><b>");
	ck_assert_str_eq(split("a b ", 3), "<a><b>");
	set("IFS", "");
	ck_assert_str_eq(split(" a b ", 0), "< a b >");
}
END_TEST

static Suite *make_suite(void)
{
	Suite *s = suite_create("expand");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_literal);
	tcase_add_test(tc, test_plain_param);
	tcase_add_test(tc, test_special_params);
	tcase_add_test(tc, test_positional_ten);
	tcase_add_test(tc, test_default_ops);
	tcase_add_test(tc, test_assign_op);
	tcase_add_test(tc, test_error_op);
	tcase_add_test(tc, test_length);
	tcase_add_test(tc, test_nounset);
	tcase_add_test(tc, test_trim);
	tcase_add_test(tc, test_split_default);
	tcase_add_test(tc, test_split_colon);
	tcase_add_test(tc, test_split_mixed);
	tcase_add_test(tc, test_split_empty_ifs);
	tcase_add_test(tc, test_literal_not_split);
	tcase_add_test(tc, test_at_quoted);
	tcase_add_test(tc, test_at_unquoted);
	tcase_add_test(tc, test_star_quoted);
	tcase_add_test(tc, test_at_str);
	tcase_add_test(tc, test_at_in_ops);
	tcase_add_test(tc, test_tilde);
	tcase_add_test(tc, test_tilde_nohome);
	tcase_add_test(tc, test_word_str);
	tcase_add_test(tc, test_expand_pattern);
	tcase_add_test(tc, test_pattern_match);
	tcase_add_test(tc, test_pattern_match_multibyte);
	tcase_add_test(tc, test_arith_expansion);
	tcase_add_test(tc, test_empty_cmdsub);
	tcase_add_test(tc, test_split_ifs);
#ifndef COSH_TEST_NO_PARSER
	tcase_add_test(tc, test_cmdsub_real);
#endif
	suite_add_tcase(s, tc);

	TCase *tg = tcase_create("glob");
	tcase_add_checked_fixture(tg, glob_setup, glob_teardown);
	tcase_add_test(tg, test_glob_basic);
	tcase_add_test(tg, test_glob_dirs);
	tcase_add_test(tg, test_glob_from_vars);
	suite_add_tcase(s, tg);
	return s;
}

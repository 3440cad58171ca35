/* Parser tests.  Each row of the main table is shell text and its tree
 * printed back in canonical form; every row also checks that the printed
 * form parses to a tree that prints the same (print . parse is a fixed
 * point).  Then syntax errors, line numbers, the line-at-a-time contract
 * of parser_next, and the input sources. */
#include "check_main.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "input/input.h"
#include "parse/alias.h"
#include "parse/ast.h"
#include "parse/parser.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* NULL on a syntax error. */
static char *reprint(const char *text)
{
	struct program *prog = parse_string(text, "test");
	if (prog == NULL)
		return NULL;
	struct strbuf out = STRBUF_INIT;
	ast_print(&out, prog->root);
	program_unref(prog);
	return strbuf_finish(&out);
}

/* Silences the messages of expected syntax errors, keeping the first
 * line for checks. */
static char *quiet_reprint(const char *text, char *msg, size_t msglen)
{
	fflush(stderr);
	int saved = dup(2);
	FILE *tmp = tmpfile();
	dup2(fileno(tmp), 2);
	char *got = reprint(text);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	if (msg) {
		msg[0] = '\0';
		if (fgets(msg, (int)msglen, tmp))
			msg[strcspn(msg, "\n")] = '\0';
	}
	fclose(tmp);
	return got;
}

struct print_case {
	const char *in;
	const char *out;
};

static const struct print_case print_cases[] = {
	/* simple commands */
	{ "echo hi", "echo hi" },
	{ "  echo   a\tb  ", "echo a b" },
	{ "a=1 echo b=2", "a=1 echo b=2" },
	{ "a=1 b=2", "a=1 b=2" },
	{ "a= b", "a= b" },
	{ "a=$x$(y)", "a=$x$(y)" },
	{ "a=b=c", "a=b=c" },
	{ "1a=b", "1a=b" },
	{ "'a'=b", "\\a=b" },
	/* Reserved words are recognised by length and first byte: words
	 * that share them are plain commands; a line continuation inside
	 * one still makes it. */
	{ "eslf; elsf; elie; doe; dune; thon; cose; fo; iv; ix; fii; untol; whale; [[x; ]]x; !x",
	  "eslf; elsf; elie; doe; dune; thon; cose; fo; iv; ix; fii; untol; whale; [[x; ]]x; !x" },
	{ "if a; th\\\nen b; el\\\nif c; then d; e\\\nlse e; f\\\ni",
	  "if a; then b; elif c; then d; else e; fi" },
	{ "wh\\\nile a; d\\\no b; do\\\nne; cas\\\ne x i\\\nn y) z;; es\\\nac",
	  "while a; do b; done; case x in y) z;; esac" },
	/* A quoted text with a quote in it (fuzz: $'...' printed twice). */
	{ "echo $'\\\\\\'\"?'", "echo \\\\\\'\\\"\\?" },
	{ "echo $'a\\nb\\'c'", "echo \\a'\n'\\b\\'\\c" },
	{ "a\\=b", "a\\=b" },
	{ ">x", ">x" },
	{ "a=1 >x", "a=1 >x" },
	{ ">x echo a <y", "echo a >x <y" },
	{ "echo 2>&1 >/dev/null", "echo 2>&1 >/dev/null" },
	{ "echo 12>x 2 >y", "echo 2 12>x >y" },
	{ "cat <>f >>g >|h <&3 >&- 3<&0", "cat <>f >>g >|h <&3 >&- 3<&0" },
	{ "cat <<< \"a b\" 3<<<$x", "cat <<<\"a b\" 3<<<$x" },
	{ "echo # comment", "echo" },
	{ "echo a#b", "echo a#b" },
	{ "echo if then fi }", "echo if then fi }" },
	{ "echo do done esac in {", "echo do done esac in {" },
	{ "echo !", "echo !" },
	{ "{ echo }; }", "{ echo }; }" },
	{ "\\if a", "\\if a" },
	{ "'fi'", "'fi'" },
	/* lists, and-or, pipelines */
	{ "a;b", "a; b" },
	{ "a & b", "a & b" },
	{ "a&", "a &" },
	{ "a; b; c &", "a; b; c &" },
	{ "a\nb\nc", "a; b; c" },
	{ "\n\na\n\n", "a" },
	{ "a && b || c", "a && b || c" },
	{ "a &&\n\nb", "a && b" },
	{ "a ||\nb", "a || b" },
	{ "a | b | c", "a | b | c" },
	{ "a |\n b", "a | b" },
	{ "! a", "! a" },
	{ "! a | b && c || d & e", "! a | b && c || d & e" },
	{ "a && ! b", "a && ! b" },
	{ "a & b & c", "a & b & c" },
	/* subshells and groups */
	{ "(a)", "( a )" },
	{ "( a; b )", "( a; b )" },
	{ "(a &)", "( a & )" },
	{ "((a) )", "( ( a ) )" },
	{ "{ a; }", "{ a; }" },
	{ "{ a & }", "{ a & }" },
	{ "{\na\nb\n}", "{ a; b; }" },
	{ "{ a; } >x 2>&1", "{ a; } >x 2>&1" },
	{ "(a) | { b; }", "( a ) | { b; }" },
	{ "{ { a; }; }", "{ { a; }; }" },
	/* if */
	{ "if a; then b; fi", "if a; then b; fi" },
	{ "if a\nthen\nb\nfi", "if a; then b; fi" },
	{ "if a; then b; else c; fi", "if a; then b; else c; fi" },
	{ "if a; then b; elif c; then d; else e; fi",
	  "if a; then b; elif c; then d; else e; fi" },
	{ "if a; then b; elif c; then d; elif e; then f; fi",
	  "if a; then b; elif c; then d; elif e; then f; fi" },
	{ "if a; then if b; then c; fi; fi", "if a; then if b; then c; fi; fi" },
	{ "if a & then b; fi", "if a & then b; fi" },
	{ "if a; then b; fi >x", "if a; then b; fi >x" },
	{ "if a; then b; fi | c", "if a; then b; fi | c" },
	/* while, until */
	{ "while a; do b; done", "while a; do b; done" },
	{ "until a; do b; done", "until a; do b; done" },
	{ "while a && \nb; do c; done | d", "while a && b; do c; done | d" },
	{ "while\na\ndo\nb\ndone", "while a; do b; done" },
	/* for */
	{ "for x in a b; do echo $x; done", "for x in a b; do echo $x; done" },
	{ "for x; do y; done", "for x; do y; done" },
	{ "for x do y; done", "for x; do y; done" },
	{ "for x\ndo y; done", "for x; do y; done" },
	{ "for x\nin a b\ndo\ny\ndone", "for x in a b; do y; done" },
	{ "for x in\ndo y; done", "for x in; do y; done" },
	{ "for x in do; do y; done", "for x in do; do y; done" },
	{ "for x in a\n\n do y\n done", "for x in a; do y; done" },
	{ "for x; \n do y; done", "for x; do y; done" },
	{ "for i in \"$@\"; do :; done", "for i in \"$@\"; do :; done" },
	/* case */
	{ "case x in a) b;; esac", "case x in a) b;; esac" },
	{ "case x in a|b) cmd;; (c) cmd2;; esac",
	  "case x in a|b) cmd;; c) cmd2;; esac" },
	{ "case x in a) b", NULL },
	{ "case x in a) b;& c) d;; esac", "case x in a) b;& c) d;; esac" },
	{ "case x in a) ;; esac", "case x in a) ;; esac" },
	{ "case x in a) esac", "case x in a) ;; esac" },
	{ "case x in esac", "case x in esac" },
	{ "case x in a) b\nesac", "case x in a) b;; esac" },
	{ "case x\nin\na)\nb\n;;\n\nc)\nd\nesac", "case x in a) b;; c) d;; esac" },
	{ "case x in\n(a)\n;;\nesac", "case x in a) ;; esac" },
	{ "case x in (esac) a;; esac", "case x in (esac) a;; esac" },
	{ "case x in a) echo esac;; esac", "case x in a) echo esac;; esac" },
	{ "case $x in *.c|\"a b\") a & ;; esac", "case $x in *.c|\"a b\") a & ;; esac" },
	{ "case x in a) b; c;; esac", "case x in a) b; c;; esac" },
	/* functions */
	{ "f() { echo; }", "f() { echo; }" },
	{ "f ( ) { echo; }", "f() { echo; }" },
	{ "f()\n{\necho\n}", "f() { echo; }" },
	{ "f() { echo; } >x", "f() { echo; } >x" },
	{ "f() (a)", "f() ( a )" },
	{ "f() if a; then b; fi", "f() if a; then b; fi" },
	{ "f() { g() { a; }; }", "f() { g() { a; }; }" },
	/* quoting */
	{ "echo 'a b'", "echo 'a b'" },
	{ "echo \"a b\"", "echo \"a b\"" },
	{ "echo \\a\\ b", "echo \\a\\ b" },
	{ "echo ''", "echo ''" },
	{ "echo \"\"", "echo \"\"" },
	{ "echo \"a\\$b\\`\\\"\\\\c\\d\"", "echo \"a\\$b\\`\\\"\\\\c\\d\"" },
	{ "echo \"a\nb\"", "echo \"a\nb\"" },
	{ "echo 'a\nb'", "echo 'a\nb'" },
	{ "echo a\\\nb", "echo ab" },
	{ "echo \"a\\\nb\"", "echo \"ab\"" },
	{ "echo 'a\\\nb'", "echo 'a\\\nb'" },
	{ "echo \\'", "echo \\'" },
	{ "echo \"'\"", "echo \"'\"" },
	{ "echo '\"'", "echo \\\"" },
	{ "echo \"$\" $", "echo \"$\" $" },
	/* parameters */
	{ "echo $x ${x} ${x}y", "echo $x ${x} ${x}y" },
	{ "echo $? $# $@ $* $$ $! $- $0 $9", "echo $? $# $@ $* $$ $! $- $0 $9" },
	{ "echo ${10} $10", "echo ${10} $10" },
	{ "echo ${#x} ${#}", "echo ${#x} ${#}" },
	/* After "${#" an operator makes it $#; - ? # are lengths only
	 * before '}'. */
	{ "echo ${#-0} ${##1} ${#%1} ${#:-2} ${#?e}", "echo ${#-0} ${##1} ${#%1} ${#:-2} ${#?e}" },
	{ "echo ${#-} ${#?} ${##} ${#1}", "echo ${#-} ${#?} ${##} ${#1}" },
	{ "echo ${x:-w} ${x-w} ${x:=w} ${x=w}", "echo ${x:-w} ${x-w} ${x:=w} ${x=w}" },
	{ "echo ${x:?w} ${x?} ${x:+w} ${x+w}", "echo ${x:?w} ${x?} ${x:+w} ${x+w}" },
	{ "echo ${x#*} ${x%%\"a\"*}", "echo ${x#*} ${x%%\"a\"*}" },
	{ "echo ${x##*/} ${x%.c}", "echo ${x##*/} ${x%.c}" },
	{ "echo ${x:-${y:-$(z)}}", "echo ${x:-${y:-$(z)}}" },
	{ "echo \"${x:-\"a b\"}\"", "echo \"${x:-\"a b\"}\"" },
	{ "echo ${x:-a b}", "echo ${x:-a b}" },
	{ "echo \"${x:-'a b'} ${x#'a'}\"", "echo \"${x:-'a b'} ${x#\\a}\"" },
	{ "echo \"${x:-\\}}\" \"${x:-\\a}\"", "echo \"${x:-\\}}\" \"${x:-\\\\a}\"" },
	{ "echo ${x:-'}'}", "echo ${x:-\\}}" },
	{ "echo ${x:-`a`}", "echo ${x:-$(a)}" },
	/* command substitution */
	{ "echo $(a b)", "echo $(a b)" },
	{ "echo $( )", "echo $()" },
	{ "echo $(a; b)", "echo $(a; b)" },
	{ "echo $(\na\nb\n)", "echo $(a; b)" },
	{ "echo \"$(a \"b\")\"", "echo \"$(a \"b\")\"" },
	{ "echo $(case x in x) echo;; esac)", "echo $(case x in x) echo;; esac)" },
	{ "echo $(case x in (x) echo a)", NULL },
	{ "echo $(case x in (x) echo a\nesac)", "echo $(case x in x) echo a;; esac)" },
	{ "x=$(case $y in a) b ;; esac) z", "x=$(case $y in a) b;; esac) z" },
	{ "echo $(echo ')')", "echo $(echo \\))" },
	{ "echo $(echo \\))", "echo $(echo \\))" },
	{ "echo $( (a) )", "echo $( ( a ))" },
	{ "echo $((a) )", "echo $( ( a ))" },
	{ "echo $((a) | b)", "echo $( ( a ) | b)" },
	{ "echo `echo a`", "echo $(echo a)" },
	{ "echo `echo \\`echo hi\\``", "echo $(echo $(echo hi))" },
	{ "echo `echo \\$x \\\\$y`", "echo $(echo $x \\$y)" },
	{ "echo \"`echo \\\"a\\\"`\"", "echo \"$(echo \"a\")\"" },
	{ "echo `echo \"\\`echo \\\"hi\\\"\\`\"`", "echo $(echo \"$(echo \"hi\")\")" },
	{ "echo $(echo $(echo a))", "echo $(echo $(echo a))" },
	{ "echo $(a # comment\n)", "echo $(a)" },
	/* arithmetic */
	{ "echo $((1+2))", "echo $((1+2))" },
	{ "echo $((1+(2*3)))", "echo $((1+(2*3)))" },
	{ "echo $(( x * $y + ${z:-1} ))", "echo $(( x * $y + ${z:-1} ))" },
	{ "echo $(($(a)+1))", "echo $(($(a)+1))" },
	{ "echo \"$((1))\"", "echo \"$((1))\"" },
	{ "echo $(((1)))", "echo $(((1)))" },
	/* here-documents */
	{ "cat <<EOF\nhi $x \"q\"\nEOF\n", "cat <<EOF\nhi $x \"q\"\nEOF\n" },
	{ "cat <<'EOF'\na $x `b`\nEOF\n", "cat <<'EOF'\na $x `b`\nEOF\n" },
	{ "cat <<\"E\"OF\n$x\nEOF\n", "cat <<\"E\"OF\n$x\nEOF\n" },
	{ "cat <<\\EOF\n$x\nEOF\n", "cat <<\\EOF\n$x\nEOF\n" },
	{ "cat <<-EOF\n\ta\n\t\tb\n\tEOF\n", "cat <<-EOF\na\nb\nEOF\n" },
	{ "cat <<A <<B\na\nA\nb\nB\n", "cat <<A <<B\na\nA\nb\nB\n" },
	{ "cat <<A; cat <<B\na\nA\nb\nB\necho x", "cat <<A; cat <<B; echo x\na\nA\nb\nB\n" },
	{ "cat <<EOF\nEOF\n", "cat <<EOF\nEOF\n" },
	{ "cat <<EOF\na\nEOF", "cat <<EOF\na\nEOF\n" },
	{ "cat <<EOF\na\n", "cat <<EOF\na\nEOF\n" },
	{ "cat <<EOF\n\\$a \\\\ \\x\nEOF\n", "cat <<EOF\n\\$a \\\\ \\x\nEOF\n" },
	{ "cat <<EOF\n$(echo a)\nEOF\n", "cat <<EOF\n$(echo a)\nEOF\n" },
	{ "x=$(cat <<EOF\nin\nEOF\n)", "x=$(cat <<EOF\nin\nEOF\n)" },
	{ "echo $(cat <<EOF\n)\nEOF\n) b", "echo $(cat <<EOF\n)\nEOF\n) b" },
	{ "if a; then cat <<E; fi\nx\nE\n", "if a; then cat <<E; fi\nx\nE\n" },
	{ "while a; do\ncat <<E\nx\nE\ndone", "while a; do cat <<E; done\nx\nE\n" },
	{ "cat <<E | tr a b\nx\nE\n", "cat <<E | tr a b\nx\nE\n" },
	{ "cat <<EOF >x\nEOF\n", "cat <<EOF >x\nEOF\n" },
	{ "cat 3<<E\nx\nE\n", "cat 3<<E\nx\nE\n" },
	/* A literal '$' right before an expansion is printed quoted, or
	 * it would join it: $`a` is not $$(a) (found by fuzz_parse). */
	{ "echo $`a` $$`b`", "echo \\$$(a) $$$(b)" },
	{ "echo x$`a`$$", "echo x\\$$(a)$$" },
	{ "echo \"$`a`\" x$`b`", "echo \"\\$$(a)\" x\\$$(b)" },
	{ "cat <<E\n$`a`\nE\n", "cat <<E\n\\$$(a)\nE\n" },
	{ "echo $((1 + $`a`))", "echo $((1 + \\$$(a)))" },
	/* $(( that turn out to be $( ( inside one that does too: each is
	 * tried once, then read as a command substitution. */
	{ "echo $(($((a) )) )", "echo $( ( $( ( a )) ))" },
	{ "echo $(($((a) ) $((b) )) )", "echo $( ( $( ( a )) $( ( b )) ))" },
	{ "echo $(($((echo x) ) + 1))", "echo $(($( ( echo x )) + 1))" },
	/* The delimiter "-" (found by fuzz_parse). */
	{ "cat << -\nx\n-\n", "cat << -\nx\n-\n" },
	{ "cat <<- -E\n\tx\n-E\n", "cat <<- -E\nx\n-E\n" },
	/* A backslash that ends the input ends the delimiter; printed
	 * before a newline it must be paired (found by fuzz_parse). */
	{ "cat <<E\\", "cat <<E\\\\\nE\\\n" },
	{ "cat <<\\", "cat <<\\\\\n\\\n" },
	{ "cat <<'E'\\\\\nE\\\n", "cat <<'E'\\\\\nE\\\n" },
	/* Found by fuzz_parse.  A here-document in a $( ) inside a body
	 * that ended at the end of the input: its delimiter line must not
	 * end the body around it. */
	{ "cat <<E\n`cat <<E`\n", "cat <<E\n$(cat <<_E\n_E\n)\nE\n" },
	/* <<- keeps a tab after a backslash-newline, and a delimiter that
	 * starts with a tab never ends the body: both print after <<. */
	{ "cat <<-X\n\\\n\tb\nX\n", "cat <<X\n\tb\nX\n" },
	{ "cat <<-\\\t\n", "cat <<\\\t\n\t\n" },
	/* [[ after a redirection is a plain word, and stays one. */
	{ "<[ [[\n", "<[ [[" },
};

START_TEST(test_print)
{
	const struct print_case *c = &print_cases[_i];
	char *got = c->out ? reprint(c->in) : quiet_reprint(c->in, NULL, 0);
	if (c->out == NULL) {
		ck_assert_msg(got == NULL, "<%s> parsed as <%s>", c->in, got);
		return;
	}
	ck_assert_msg(got != NULL, "<%s> failed to parse", c->in);
	ck_assert_msg(strcmp(got, c->out) == 0, "<%s>: got <%s>, want <%s>",
		c->in, got, c->out);
	char *again = reprint(got);
	ck_assert_msg(again != NULL, "printed <%s> failed to parse", got);
	ck_assert_msg(strcmp(again, got) == 0, "<%s> reprints as <%s>",
		got, again);
	free(again);
	free(got);
}
END_TEST

/* Each must be a syntax error, with the message named. */
struct error_case {
	const char *in;
	const char *msg;
};

#define DOLLAR_PAREN10 "$(($(($(($(($(($(($(($(($(($(("

static const struct error_case error_cases[] = {
	{ "if", "cosh: test: line 1: syntax error: unexpected end of file" },
	{ "fi", "cosh: test: line 1: syntax error: unexpected 'fi'" },
	{ ")", "cosh: test: line 1: syntax error: unexpected ')'" },
	{ "a |", "cosh: test: line 1: syntax error: unexpected end of file" },
	{ "&& b", "cosh: test: line 1: syntax error: unexpected '&&'" },
	{ "case x in", "cosh: test: line 1: syntax error: unexpected end of file" },
	{ "for 1 in", "cosh: test: line 1: syntax error: bad for loop variable" },
	{ "echo 'abc", "cosh: test: line 1: syntax error: unterminated quoted string" },
	{ "echo \"abc", "cosh: test: line 1: syntax error: unterminated quoted string" },
	{ "{ }", "cosh: test: line 1: syntax error: unexpected '}'" },
	{ "( )", "cosh: test: line 1: syntax error: unexpected ')'" },
	{ "done", "cosh: test: line 1: syntax error: unexpected 'done'" },
	{ "a; ;", "cosh: test: line 1: syntax error: unexpected ';'" },
	{ ";", "cosh: test: line 1: syntax error: unexpected ';'" },
	{ "a && && b", "cosh: test: line 1: syntax error: unexpected '&&'" },
	{ "a >", "cosh: test: line 1: syntax error: unexpected end of file" },
	{ "a >\nb", "cosh: test: line 1: syntax error: unexpected newline" },
	{ "a > |", "cosh: test: line 1: syntax error: unexpected '|'" },
	{ "while a; do b; )", "cosh: test: line 1: syntax error: missing 'done'" },
	{ "if a; then b; done", "cosh: test: line 1: syntax error: missing 'fi'" },
	{ "if a; b; fi", "cosh: test: line 1: syntax error: missing 'then'" },
	{ "(a", "cosh: test: line 1: syntax error: unexpected end of file" },
	{ "(a; }", "cosh: test: line 1: syntax error: missing ')'" },
	{ "{ a", "cosh: test: line 1: syntax error: unexpected end of file" },
	{ "echo ${x!}", "cosh: test: line 1: syntax error: bad substitution" },
	{ "echo ${}", "cosh: test: line 1: syntax error: bad substitution" },
	{ "echo ${x", "cosh: test: line 1: syntax error: missing '}'" },
	{ "echo $(a", "cosh: test: line 1: syntax error: unexpected end of file" },
	{ "echo `a", "cosh: test: line 1: syntax error: unterminated backquote" },
	{ "echo $(fi)", "cosh: test: line 1: syntax error: unexpected 'fi'" },
	{ "case x in a) b;; c) d; e f) esac", "cosh: test: line 1: syntax error: missing ';;'" },
	{ "case x in a b) esac", "cosh: test: line 1: syntax error: missing ')'" },
	{ "f() echo", "cosh: test: line 1: syntax error: unexpected 'echo'" },
	{ "echo (", "cosh: test: line 1: syntax error: unexpected end of file" },
	{ "echo a (", "cosh: test: line 1: syntax error: unexpected '('" },
	{ "f() )", "cosh: test: line 1: syntax error: unexpected ')'" },
	{ "a\n\nfi", "cosh: test: line 3: syntax error: unexpected 'fi'" },
	{ "echo 'a\nb\nc", "cosh: test: line 1: syntax error: unterminated quoted string" },
	{ "echo \"a\nb\" \\\n)", "cosh: test: line 3: syntax error: unexpected ')'" },
	{ "cat <<E\nx\nE\nfi", "cosh: test: line 4: syntax error: unexpected 'fi'" },
	/* No line can end such a body, nor can it be printed back (found
	 * by fuzz_parse). */
	{ "cat <<'E\nF'\na\nE\nF\n", "cosh: test: line 1: syntax error: here-document delimiter contains a newline" },
	{ "echo `cat <<\"E\n\"\na`", "cosh: test: line 1: syntax error: here-document delimiter contains a newline" },
	{ "a\ncat <<-E\"\n\"\n", "cosh: test: line 2: syntax error: here-document delimiter contains a newline" },
	{ "for x in a b c do; done", "cosh: test: line 1: syntax error: missing 'do'" },
	{ "! ! a", "cosh: test: line 1: syntax error: unexpected '!'" },
	{ "a | ;", "cosh: test: line 1: syntax error: unexpected ';'" },
	{ "then", "cosh: test: line 1: syntax error: unexpected 'then'" },
	{ "esac", "cosh: test: line 1: syntax error: unexpected 'esac'" },
	{ "case x in a) ;; b) ;;", "cosh: test: line 1: syntax error: unexpected end of file" },
	{ "while a; do done", "cosh: test: line 1: syntax error: unexpected 'done'" },
	/* Each unclosed "$((" is tried as arithmetic once, not once per
	 * enclosing attempt: 2^40 trials would never end. */
	{ "echo " DOLLAR_PAREN10 DOLLAR_PAREN10 DOLLAR_PAREN10 DOLLAR_PAREN10,
	  "cosh: test: line 1: syntax error: unexpected end of file" },
};

START_TEST(test_error)
{
	const struct error_case *c = &error_cases[_i];
	char msg[256];
	char *got = quiet_reprint(c->in, msg, sizeof(msg));
	ck_assert_msg(got == NULL, "<%s> parsed as <%s>", c->in, got);
	ck_assert_msg(strcmp(msg, c->msg) == 0, "<%s>: message <%s>, want <%s>",
		c->in, msg, c->msg);
}
END_TEST

/* ---- line numbers ---- */

START_TEST(test_lineno)
{
	struct program *prog = parse_string(
		"a\n"				/* 1 */
		"b \\\n c\n"			/* 2-3 */
		"echo 'x\ny'\n"			/* 4-5 */
		"cat <<E\nbody\nE\n"		/* 6-8 */
		"\n"				/* 9 */
		"if x\nthen y\nfi\n"		/* 10-12 */
		"f() {\n g\n}\n"		/* 13-15 */
		"z\n", "test");			/* 16 */
	ck_assert_ptr_nonnull(prog);
	struct node *n = prog->root;
	ck_assert_int_eq(n->type, NODE_LIST);
	ck_assert_int_eq(n->list.nitems, 7);
	int want[] = { 1, 2, 4, 6, 10, 13, 16 };
	for (size_t i = 0; i < 7; i++)
		ck_assert_int_eq(n->list.items[i].cmd->lineno, want[i]);
	struct node *ifn = n->list.items[4].cmd;
	ck_assert_int_eq(ifn->if_.then_part->lineno, 11);
	struct node *f = n->list.items[5].cmd;
	ck_assert_int_eq(f->funcdef.body->group.body->lineno, 14);
	program_unref(prog);
}
END_TEST

/* ---- structure ---- */

START_TEST(test_structure_simple)
{
	struct program *prog = parse_string("a=1 b=x$y echo b=2 2>&1", "t");
	struct node *n = prog->root;
	ck_assert_int_eq(n->type, NODE_SIMPLE);
	ck_assert_int_eq(n->simple.nassigns, 2);
	ck_assert_str_eq(n->simple.assigns[0].name, "a");
	ck_assert_str_eq(n->simple.assigns[1].name, "b");
	struct word *v = n->simple.assigns[1].value;
	ck_assert_int_eq(v->type, WORD_LIST);
	ck_assert_str_eq(v->list.head->string.str, "x");
	ck_assert_int_eq(v->list.head->next->type, WORD_PARAM);
	ck_assert_int_eq(n->simple.nargs, 2);
	ck_assert_ptr_null(n->simple.args[2]);
	ck_assert_int_eq(n->redirs->fd, 2);
	ck_assert_int_eq(n->redirs->op, REDIR_DUPOUT);
	program_unref(prog);
}
END_TEST

START_TEST(test_structure_heredoc)
{
	struct program *prog = parse_string(
		"cat <<'A' <<B\n$x\nA\n\\$y \"z\"\nB\n", "t");
	struct redir *r = prog->root->redirs;
	ck_assert(r->here_quoted);
	ck_assert_str_eq(r->here_end, "'A'");
	struct word *p = r->target->list.head;
	ck_assert_int_eq(p->type, WORD_STRING);
	ck_assert(p->string.quoted);
	ck_assert_str_eq(p->string.str, "$x\n");
	ck_assert_ptr_null(p->next);
	r = r->next;
	ck_assert(!r->here_quoted);
	p = r->target->list.head;
	ck_assert(p->string.quoted);
	ck_assert_str_eq(p->string.str, "$");
	ck_assert_str_eq(p->next->string.str, "y \"z\"\n");
	ck_assert(!p->next->string.quoted);
	program_unref(prog);
}
END_TEST

START_TEST(test_structure_params)
{
	struct program *prog = parse_string("echo ${x:-a} ${#y} \"$@\" $((1))", "t");
	struct word **a = prog->root->simple.args;
	struct word *w = a[1]->list.head;
	ck_assert_int_eq(w->param.op, PARAM_DEFAULT);
	ck_assert(w->param.colon && w->param.braced);
	ck_assert_str_eq(w->param.arg->list.head->string.str, "a");
	w = a[2]->list.head;
	ck_assert_int_eq(w->param.op, PARAM_LENGTH);
	ck_assert_str_eq(w->param.name, "y");
	w = a[3]->list.head;
	ck_assert(w->list.double_quoted);
	ck_assert_str_eq(w->list.head->param.name, "@");
	ck_assert_int_eq(a[4]->list.head->type, WORD_ARITH);
	program_unref(prog);
}
END_TEST

START_TEST(test_structure_empty)
{
	struct program *prog = parse_string("\n# nothing\n\n", "t");
	ck_assert_ptr_nonnull(prog);
	ck_assert_ptr_null(prog->root);
	program_unref(prog);
	prog = parse_string("", "t");
	ck_assert_ptr_null(prog->root);
	program_ref(prog);
	program_unref(prog);
	program_unref(prog);
}
END_TEST

START_TEST(test_is_name)
{
	ck_assert(is_name("a"));
	ck_assert(is_name("_a1"));
	ck_assert(!is_name("1a"));
	ck_assert(!is_name(""));
	ck_assert(!is_name("a-b"));
	ck_assert(is_name_n("ab=c", 2));
	ck_assert(!is_name_n("ab=c", 3));
}
END_TEST

/* ---- parser_next: one command per call, no reading ahead ---- */

struct test_input {
	struct input base;
	const char *const *lines;
	size_t next;
	bool cont[32];		/* the continuation flag of each read */
};

static bool test_read_line(struct input *in, struct strbuf *out, bool cont)
{
	struct test_input *ti = (struct test_input *)in;
	if (ti->lines[ti->next] == NULL)
		return false;
	if (strcmp(ti->lines[ti->next], "^C") == 0) {
		ti->next++;
		in->interrupted = true;
		return false;
	}
	ti->cont[ti->next] = cont;
	strbuf_append(out, ti->lines[ti->next++]);
	return true;
}

static void test_destroy(struct input *in)
{
	(void)in;
}

static void test_input_init(struct test_input *ti, const char *const *lines)
{
	memset(ti, 0, sizeof(*ti));
	ti->base.read_line = test_read_line;
	ti->base.destroy = test_destroy;
	ti->base.name = "tty";
	ti->lines = lines;
}

/* Parses the next command and prints it; "EOF" or "ERROR" otherwise. */
static char *next_printed(struct parser *p)
{
	struct program *prog;
	enum parse_status st = parser_next(p, &prog);
	if (st == PARSE_EOF)
		return xstrdup("EOF");
	if (st == PARSE_ERROR)
		return xstrdup("ERROR");
	struct strbuf out = STRBUF_INIT;
	ast_print(&out, prog->root);
	program_unref(prog);
	return strbuf_finish(&out);
}

#define CHECK_NEXT(p, want) do { \
	char *got_ = next_printed(p); \
	ck_assert_str_eq(got_, want); \
	free(got_); \
} while (0)

START_TEST(test_next_no_lookahead)
{
	static const char *const lines[] = {
		"echo a\n", "if x\n", "then y\n", "fi\n", "\n", "a; b &\n",
		"cat <<E\n", "body\n", "E\n", "last", NULL,
	};
	struct test_input ti;
	test_input_init(&ti, lines);
	struct parser *p = parser_create(&ti.base);
	CHECK_NEXT(p, "echo a");
	ck_assert_int_eq(ti.next, 1);
	CHECK_NEXT(p, "if x; then y; fi");
	ck_assert_int_eq(ti.next, 4);
	ck_assert(!ti.cont[1]);
	ck_assert(ti.cont[2]);
	ck_assert(ti.cont[3]);
	CHECK_NEXT(p, "");
	ck_assert_int_eq(ti.next, 5);
	CHECK_NEXT(p, "a; b &");
	ck_assert_int_eq(ti.next, 6);
	CHECK_NEXT(p, "cat <<E\nbody\nE\n");
	ck_assert_int_eq(ti.next, 9);
	ck_assert(ti.cont[7] && ti.cont[8]);
	CHECK_NEXT(p, "last");
	CHECK_NEXT(p, "EOF");
	parser_destroy(p);
}
END_TEST

START_TEST(test_next_error_recovery)
{
	static const char *const lines[] = {
		"fi; echo no\n", "echo yes\n", "echo 'open\n", NULL,
	};
	struct test_input ti;
	test_input_init(&ti, lines);
	struct parser *p = parser_create(&ti.base);
	fflush(stderr);
	int saved = dup(2);
	int devnull = open("/dev/null", O_WRONLY);
	dup2(devnull, 2);
	char *e1 = next_printed(p);
	char *ok = next_printed(p);
	char *e2 = next_printed(p);
	char *eof = next_printed(p);
	dup2(saved, 2);
	close(saved);
	close(devnull);
	ck_assert_str_eq(e1, "ERROR");
	ck_assert_str_eq(ok, "echo yes");
	ck_assert_str_eq(e2, "ERROR");
	ck_assert_str_eq(eof, "EOF");
	free(e1);
	free(ok);
	free(e2);
	free(eof);
	parser_destroy(p);
}
END_TEST

/* Ctrl-C at a prompt: read_line fails with interrupted set; the partial
 * command is dropped without a message and parsing goes on. */
START_TEST(test_next_interrupted)
{
	static const char *const lines[] = {
		"^C", "if a\n", "then\n", "^C", "echo \"x\n", "^C",
		"echo ok\n", NULL,
	};
	struct test_input ti;
	test_input_init(&ti, lines);
	struct parser *p = parser_create(&ti.base);
	fflush(stderr);
	FILE *tmp = tmpfile();
	int saved = dup(2);
	dup2(fileno(tmp), 2);
	char *r[5];
	for (int i = 0; i < 5; i++)
		r[i] = next_printed(p);
	dup2(saved, 2);
	close(saved);
	ck_assert_int_eq(ftell(tmp), 0);
	fclose(tmp);
	ck_assert_str_eq(r[0], "ERROR");
	ck_assert_str_eq(r[1], "ERROR");
	ck_assert_str_eq(r[2], "ERROR");
	ck_assert_str_eq(r[3], "echo ok");
	ck_assert_str_eq(r[4], "EOF");
	ck_assert(!ti.base.interrupted);
	ck_assert(!ti.cont[6]);
	for (int i = 0; i < 5; i++)
		free(r[i]);
	parser_destroy(p);
}
END_TEST

START_TEST(test_next_lineno)
{
	static const char *const lines[] = {
		"a\n", "\n", "b \\\n", "c\n", "d\n", NULL,
	};
	struct test_input ti;
	test_input_init(&ti, lines);
	struct parser *p = parser_create(&ti.base);
	struct program *prog;
	ck_assert_int_eq(parser_next(p, &prog), PARSE_OK);
	ck_assert_int_eq(prog->root->lineno, 1);
	program_unref(prog);
	ck_assert_int_eq(parser_next(p, &prog), PARSE_OK);
	ck_assert_ptr_null(prog->root);
	program_unref(prog);
	ck_assert_int_eq(parser_next(p, &prog), PARSE_OK);
	ck_assert_int_eq(prog->root->lineno, 3);
	program_unref(prog);
	ck_assert_int_eq(parser_next(p, &prog), PARSE_OK);
	ck_assert_int_eq(prog->root->lineno, 5);
	ck_assert_int_eq(parser_lineno(p), 5);
	program_unref(prog);
	ck_assert_int_eq(parser_next(p, &prog), PARSE_EOF);
	parser_destroy(p);
}
END_TEST

START_TEST(test_next_string_input)
{
	struct input *in = input_from_string("a\nb; c\n\nd", "-c");
	ck_assert_str_eq(in->name, "-c");
	struct parser *p = parser_create(in);
	CHECK_NEXT(p, "a");
	CHECK_NEXT(p, "b; c");
	CHECK_NEXT(p, "");
	CHECK_NEXT(p, "d");
	CHECK_NEXT(p, "EOF");
	parser_destroy(p);
	input_destroy(in);
}
END_TEST

/* ---- input sources ---- */

static void check_fd_leaves_rest(int rfd, int wfd)
{
	struct input *in = input_from_fd(rfd, "script", false);
	struct strbuf line = STRBUF_INIT;
	ck_assert(in->read_line(in, &line, false));
	ck_assert_str_eq(strbuf_str(&line), "one\n");
	/* The rest stays in the fd for whoever reads it next. */
	char rest[16] = "";
	ssize_t n = read(rfd, rest, 4);
	ck_assert_int_eq(n, 4);
	ck_assert(memcmp(rest, "two\n", 4) == 0);
	strbuf_reset(&line);
	ck_assert(in->read_line(in, &line, true));
	ck_assert_str_eq(strbuf_str(&line), "three");
	strbuf_reset(&line);
	ck_assert(!in->read_line(in, &line, false));
	ck_assert_uint_eq(line.len, 0);
	strbuf_free(&line);
	input_destroy(in);
	(void)wfd;
}

START_TEST(test_input_file)
{
	FILE *f = tmpfile();
	fputs("one\ntwo\nthree", f);
	fflush(f);
	rewind(f);
	int fd = dup(fileno(f));
	fclose(f);
	check_fd_leaves_rest(fd, -1);
	close(fd);
}
END_TEST

START_TEST(test_input_pipe)
{
	int fds[2];
	ck_assert_int_eq(pipe(fds), 0);
	ck_assert_int_eq(write(fds[1], "one\ntwo\nthree", 13), 13);
	close(fds[1]);
	check_fd_leaves_rest(fds[0], fds[1]);
	close(fds[0]);
}
END_TEST

START_TEST(test_input_long_line)
{
	FILE *f = tmpfile();
	for (int i = 0; i < 10000; i++)
		fputc('x', f);
	fputs("\nnext\n", f);
	fflush(f);
	rewind(f);
	struct input *in = input_from_fd(dup(fileno(f)), "long", true);
	fclose(f);
	struct strbuf line = STRBUF_INIT;
	ck_assert(in->read_line(in, &line, false));
	ck_assert_uint_eq(line.len, 10001);
	strbuf_reset(&line);
	ck_assert(in->read_line(in, &line, false));
	ck_assert_str_eq(strbuf_str(&line), "next\n");
	strbuf_free(&line);
	input_destroy(in);
}
END_TEST

/* ---- aliases and set -v through parser_next ---- */

/* The table is read as each command is read: a definition made between
 * two parser_next calls applies to the second, and one made after a line
 * was parsed does not change it. */
START_TEST(test_next_alias)
{
	static const char *const lines[] = {
		"ll; ll\n", "ll\n", "x=1 >f ll a\n", "if ll; then ll; fi\n",
		"f() { ll; }\n", "fn() { :; }\n", "two\n", "end\n", NULL,
	};
	struct test_input ti;
	test_input_init(&ti, lines);
	struct alias_table *t = alias_table_create();
	struct parser *p = parser_create(&ti.base);
	parser_set_aliases(p, t);
	CHECK_NEXT(p, "ll; ll");
	alias_table_set(t, "ll", "ls -l");
	alias_table_set(t, "two", "echo 1\necho 2");
	alias_table_set(t, "fn", "g");
	CHECK_NEXT(p, "ls -l");
	CHECK_NEXT(p, "x=1 ls -l a >f");
	CHECK_NEXT(p, "if ls -l; then ls -l; fi");
	CHECK_NEXT(p, "f() { ls -l; }");
	/* The name of a function definition is a command word too. */
	CHECK_NEXT(p, "g() { :; }");
	/* A newline in a value ends the command; the rest is the next. */
	CHECK_NEXT(p, "echo 1");
	CHECK_NEXT(p, "echo 2");
	parser_set_aliases(p, NULL);
	CHECK_NEXT(p, "end");
	CHECK_NEXT(p, "EOF");
	parser_destroy(p);
	alias_table_destroy(t);
}
END_TEST

/* set -v: each line goes to stderr as it is read, while the flag is on. */
START_TEST(test_next_verbose)
{
	static const char *const lines[] = {
		"a\n", "b\n", "if c\n", "then d; fi\n", "e\n", NULL,
	};
	struct test_input ti;
	test_input_init(&ti, lines);
	struct parser *p = parser_create(&ti.base);
	bool verbose = false;
	parser_set_verbose(p, &verbose);
	fflush(stderr);
	FILE *tmp = tmpfile();
	int saved = dup(2);
	dup2(fileno(tmp), 2);
	CHECK_NEXT(p, "a");
	verbose = true;
	CHECK_NEXT(p, "b");
	CHECK_NEXT(p, "if c; then d; fi");
	verbose = false;
	CHECK_NEXT(p, "e");
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	char buf[64] = "";
	size_t n = fread(buf, 1, sizeof(buf) - 1, tmp);
	buf[n] = '\0';
	fclose(tmp);
	ck_assert_str_eq(buf, "b\nif c\nthen d; fi\n");
	parser_destroy(p);
}
END_TEST

/* ---- parse_heredoc_text (prompts) ---- */

struct heredoc_case {
	const char *in;
	const char *out;	/* the word printed back; NULL: syntax error */
};

static const struct heredoc_case heredoc_cases[] = {
	{ "$ ", "$ " },
	{ "", "" },
	{ "${PWD}> ", "${PWD}> " },
	{ "\"$USER\" 'x' ", "\"$USER\" 'x' " },
	{ "$(id -u)$((1+2))`echo a`", "$(id -u)$((1+2))$(echo a)" },
	/* A literal backslash prints as "\\\\" (ast_print_word's form). */
	{ "\\$x \\w \\\\", "\\$x \\\\w \\\\" },
	{ "a\\\nb", "ab" },
	{ "${x:-'a b'}", "${x:-'a b'}" },
	{ "two\nlines", "two\nlines" },
	{ "$(", NULL },
	{ "${x", NULL },
	{ "`x", NULL },
};

START_TEST(test_heredoc_text)
{
	const struct heredoc_case *c = &heredoc_cases[_i];
	fflush(stderr);
	FILE *tmp = tmpfile();
	int saved = dup(2);
	dup2(fileno(tmp), 2);
	struct word *w = (struct word *)1;
	struct program *prog = parse_heredoc_text(c->in, &w);
	dup2(saved, 2);
	close(saved);
	/* No message: a bad prompt is shown as it is, quietly. */
	ck_assert_int_eq(ftell(tmp), 0);
	fclose(tmp);
	if (c->out == NULL) {
		ck_assert_ptr_null(prog);
		ck_assert_ptr_null(w);
		return;
	}
	ck_assert_ptr_nonnull(prog);
	struct strbuf out = STRBUF_INIT;
	ast_print_word(&out, w);
	ck_assert_msg(strcmp(strbuf_str(&out), c->out) == 0,
		"<%s>: got <%s>, want <%s>", c->in, strbuf_str(&out), c->out);
	strbuf_free(&out);
	program_unref(prog);
}
END_TEST

static Suite *make_suite(void)
{
	Suite *s = suite_create("parser");
	TCase *tc = tcase_create("print");
	tcase_add_loop_test(tc, test_print, 0,
		(int)(sizeof(print_cases) / sizeof(*print_cases)));
	suite_add_tcase(s, tc);

	tc = tcase_create("errors");
	tcase_add_loop_test(tc, test_error, 0,
		(int)(sizeof(error_cases) / sizeof(*error_cases)));
	suite_add_tcase(s, tc);

	tc = tcase_create("structure");
	tcase_add_test(tc, test_lineno);
	tcase_add_test(tc, test_structure_simple);
	tcase_add_test(tc, test_structure_heredoc);
	tcase_add_test(tc, test_structure_params);
	tcase_add_test(tc, test_structure_empty);
	tcase_add_test(tc, test_is_name);
	suite_add_tcase(s, tc);

	tc = tcase_create("next");
	tcase_add_test(tc, test_next_no_lookahead);
	tcase_add_test(tc, test_next_error_recovery);
	tcase_add_test(tc, test_next_lineno);
	tcase_add_test(tc, test_next_interrupted);
	tcase_add_test(tc, test_next_string_input);
	tcase_add_test(tc, test_next_alias);
	tcase_add_test(tc, test_next_verbose);
	suite_add_tcase(s, tc);

	tc = tcase_create("heredoc_text");
	tcase_add_loop_test(tc, test_heredoc_text, 0,
		(int)(sizeof(heredoc_cases) / sizeof(*heredoc_cases)));
	suite_add_tcase(s, tc);

	tc = tcase_create("input");
	tcase_add_test(tc, test_input_file);
	tcase_add_test(tc, test_input_pipe);
	tcase_add_test(tc, test_input_long_line);
	suite_add_tcase(s, tc);
	return s;
}

/* Lexer tests: each row is a piece of text and the tokens it gives, one
 * per space-separated item: operators as written, "NL" for a newline,
 * "N:2" for an IO_NUMBER, "[word]" for a word printed back, "EOF".  A
 * here-document body is shown as "{body}" after the newline that reads
 * it. */
#include "check_main.h"

#include <string.h>

#include "parse/alias.h"
#include "parse/ast.h"
#include "parse/lexer.h"
#include "util/arena.h"
#include "util/strbuf.h"
#include "util/vec.h"

/* Lexes text to the end and describes the tokens; redirections after
 * << and <<- are registered the way the parser does it, so bodies are
 * read. */
static char *lex_dump(const char *text)
{
	struct arena arena;
	arena_init(&arena);
	struct lexer lx;
	lex_init(&lx, NULL, "test", &arena);
	strbuf_append(&lx.buf, text);
	struct strbuf out = STRBUF_INIT;
	struct vec heredocs = VEC_INIT;
	int heredoc_next = 0;
	for (;;) {
		struct token *tok = lex_next(&lx);
		if (out.len)
			strbuf_appendc(&out, ' ');
		if (tok->type == TOKEN_ERROR) {
			strbuf_append(&out, "ERROR");
			break;
		}
		if (tok->type == TOKEN_EOF) {
			strbuf_append(&out, "EOF");
			break;
		}
		if (tok->type == TOKEN_NEWLINE) {
			strbuf_append(&out, "NL");
			for (size_t i = 0; i < heredocs.len; i++) {
				struct redir *r = heredocs.items[i];
				strbuf_append(&out, " {");
				ast_print_word(&out, r->target);
				strbuf_append(&out, "}");
			}
			heredocs.len = 0;
		} else if (tok->type == TOKEN_WORD) {
			strbuf_appendc(&out, '[');
			ast_print_word(&out, tok->word);
			strbuf_appendc(&out, ']');
			if (heredoc_next) {
				struct redir *r = arena_alloc(&arena, sizeof(*r));
				r->op = heredoc_next == 2 ? REDIR_HEREDOC_STRIP
					: REDIR_HEREDOC;
				r->here_end = (char *)tok->here_end;
				r->here_quoted = tok->here_quoted;
				lex_add_heredoc(&lx, r);
				vec_push(&heredocs, r);
				strbuf_appendf(&out, "%s", tok->here_quoted ? "q" : "");
			}
		} else if (tok->type == TOKEN_IO_NUMBER) {
			strbuf_appendf(&out, "N:%d", tok->io_number);
		} else {
			strbuf_append(&out, token_type_name(tok->type));
		}
		heredoc_next = tok->type == TOKEN_DLESS ? 1
			: tok->type == TOKEN_DLESSDASH ? 2 : 0;
	}
	vec_free(&heredocs);
	lex_finish(&lx);
	arena_destroy(&arena);
	return strbuf_finish(&out);
}

struct lex_case {
	const char *in;
	const char *out;
};

static const struct lex_case lex_cases[] = {
	/* operators */
	{ "a;b", "[a] ; [b] EOF" },
	{ "a&b", "[a] & [b] EOF" },
	{ "a|b", "[a] | [b] EOF" },
	{ "a&&b||c", "[a] && [b] || [c] EOF" },
	{ ";;", ";; EOF" },
	{ ";&", ";& EOF" },
	{ "()", "( ) EOF" },
	{ "<a >b", "< [a] > [b] EOF" },
	{ "<<a", "<< [a] EOF" },
	{ ">>a", ">> [a] EOF" },
	{ "<&0 >&1", "<& [0] >& [1] EOF" },
	{ "<>f >|f", "<> [f] >| [f] EOF" },
	{ "a<<-b", "[a] <<- [b] EOF" },
	{ "a >&-", "[a] >& [-] EOF" },
	{ "& &", "& & EOF" },
	{ ";;;", ";; ; EOF" },
	{ "|||", "|| | EOF" },
	/* io numbers */
	{ "2>&1", "N:2 >& [1] EOF" },
	{ "12>x", "N:12 > [x] EOF" },
	{ "2 >x", "[2] > [x] EOF" },
	{ "a2>x", "[a2] > [x] EOF" },
	{ "0<x", "N:0 < [x] EOF" },
	{ "3<<<x", "N:3 <<< [x] EOF" },
	{ "'2'>x", "[\\2] > [x] EOF" },
	{ "2", "[2] EOF" },
	/* blanks, newlines, comments */
	{ "  a \t b  ", "[a] [b] EOF" },
	{ "a\nb\n", "[a] NL [b] NL EOF" },
	{ "a # c\nb", "[a] NL [b] EOF" },
	{ "# only", "EOF" },
	{ "a#b", "[a#b] EOF" },
	{ "a #b c", "[a] EOF" },
	{ "# c \\\nb", "NL [b] EOF" },
	{ "echo '#'", "[echo] [\\#] EOF" },
	/* line continuation */
	{ "ec\\\nho", "[echo] EOF" },
	{ "a\\\n b", "[a] [b] EOF" },
	{ "a &\\\n& b", "[a] && [b] EOF" },
	{ "'a\\\nb'", "['a\\\nb'] EOF" },
	{ "\"a\\\nb\"", "[\"ab\"] EOF" },
	{ "a\\\\\nb", "[a\\\\] NL [b] EOF" },
	/* quoting */
	{ "'a b'", "['a b'] EOF" },
	{ "\\a", "[\\a] EOF" },
	{ "''", "[''] EOF" },
	{ "\"\"", "[\"\"] EOF" },
	{ "\"a $b\"", "[\"a $b\"] EOF" },
	{ "\"\\$ \\` \\\" \\\\ \\a\"", "[\"\\$ \\` \\\" \\\\ \\a\"] EOF" },
	{ "a'b'\"c\"d", "[a\\b\"c\"d] EOF" },
	{ "'a\nb'", "['a\nb'] EOF" },
	{ "\"x", "ERROR" },
	{ "'x", "ERROR" },
	{ "a\\;b", "[a\\;b] EOF" },
	{ "\\", "[\\\\] EOF" },
	/* expansions */
	{ "$a$b", "[$a$b] EOF" },
	{ "${a}b", "[${a}b] EOF" },
	{ "$1$23", "[$1$23] EOF" },
	{ "${10}", "[${10}] EOF" },
	{ "$? $# $@ $* $$ $! $- $0", "[$?] [$#] [$@] [$*] [$$] [$!] [$-] [$0] EOF" },
	{ "$ a$", "[$] [a$] EOF" },
	{ "${a:-b c}", "[${a:-b c}] EOF" },
	{ "${a-}", "[${a-}] EOF" },
	{ "${a:=b} ${a?x} ${a:+y}", "[${a:=b}] [${a?x}] [${a:+y}] EOF" },
	{ "${a%x} ${a%%x} ${a#x} ${a##x}", "[${a%x}] [${a%%x}] [${a#x}] [${a##x}] EOF" },
	{ "${#a} ${#}", "[${#a}] [${#}] EOF" },
	{ "${a:-${b:-c}}", "[${a:-${b:-c}}] EOF" },
	{ "${a:-\\}}", "[${a:-\\}}] EOF" },
	{ "${a:-'}'}", "[${a:-\\}}] EOF" },
	{ "${a:-\"}\"}", "[${a:-\"}\"}] EOF" },
	/* Inside "..." the word of ${a:-w} keeps '\'' literal; the patterns
	 * of # and % still quote with it (dash, bash). */
	{ "\"${a:-'b c'}\"", "[\"${a:-'b c'}\"] EOF" },
	{ "\"${a:-\\a\\}}\"", "[\"${a:-\\\\a\\}}\"] EOF" },
	{ "\"${a#'b'}\"", "[\"${a#\\b}\"] EOF" },
	{ "<<E\n${a:-'b'}\nE\n", "<< [E] NL {${a:-'b'}\n} EOF" },
	{ "${a!}", "ERROR" },
	{ "${a", "ERROR" },
	{ "$(a b)", "[$(a b)] EOF" },
	{ "$(a)$(b)", "[$(a)$(b)] EOF" },
	{ "$()", "[$()] EOF" },
	{ "`a b`", "[$(a b)] EOF" },
	{ "`a \\`b\\``", "[$(a $(b))] EOF" },
	{ "$((1+2))", "[$((1+2))] EOF" },
	{ "$(( (1) ))", "[$(( (1) ))] EOF" },
	{ "$((a)|b)", "[$( ( a ) | b)] EOF" },
	{ "$(a", "ERROR" },
	{ "`a", "ERROR" },
	/* here-documents */
	{ "<<E\nx\nE\n", "<< [E] NL {x\n} EOF" },
	{ "<<E\n$a \"b\"\nE\n", "<< [E] NL {$a \"b\"\n} EOF" },
	{ "<<'E'\n$a\nE\n", "<< [\\E]q NL {'$a\n'} EOF" },
	{ "<<E\nx\nE", "<< [E] NL {x\n} EOF" },
	{ "<<E\nx\n", "<< [E] NL {x\n} EOF" },
	{ "<<-E\n\tx\n\tE\n", "<<- [E] NL {x\n} EOF" },
	{ "<<A <<B\na\nA\nb\nB\n", "<< [A] << [B] NL {a\n} {b\n} EOF" },
	{ "<<E\n\\$x\\y\nE\n", "<< [E] NL {\\$x\\\\y\n} EOF" },
	{ "<<E\na\\\nE\nE\n", "<< [E] NL {aE\n} EOF" },
	{ "<<E\n$(a)\nE\nb", "<< [E] NL {$(a)\n} [b] EOF" },
};

START_TEST(test_lex_table)
{
	const struct lex_case *c = &lex_cases[_i];
	char *got = lex_dump(c->in);
	ck_assert_msg(strcmp(got, c->out) == 0, "lexing <%s>: got <%s>, want <%s>",
		c->in, got, c->out);
	free(got);
}
END_TEST

/* ---- alias substitution ---- */

/* Lexes text the way the parser would ask for command words: with
 * lex_peek_command at the start and after each operator that a command
 * may follow (not after a redirection operator), lex_peek elsewhere. */
static char *lex_dump_alias(const char *text, const struct alias_table *t)
{
	struct arena arena;
	arena_init(&arena);
	struct lexer lx;
	lex_init(&lx, NULL, "test", &arena);
	lex_set_aliases(&lx, t);
	strbuf_append(&lx.buf, text);
	struct strbuf out = STRBUF_INIT;
	bool command = true;
	for (;;) {
		if (command)
			lex_peek_command(&lx);
		struct token *tok = lex_next(&lx);
		if (out.len)
			strbuf_appendc(&out, ' ');
		if (tok->type == TOKEN_ERROR || tok->type == TOKEN_EOF) {
			strbuf_append(&out, tok->type == TOKEN_EOF ? "EOF"
				: "ERROR");
			break;
		}
		if (tok->type == TOKEN_NEWLINE) {
			strbuf_append(&out, "NL");
		} else if (tok->type == TOKEN_WORD) {
			strbuf_appendc(&out, '[');
			ast_print_word(&out, tok->word);
			strbuf_appendc(&out, ']');
		} else {
			strbuf_append(&out, token_type_name(tok->type));
		}
		switch (tok->type) {
		case TOKEN_NEWLINE: case TOKEN_SEMI: case TOKEN_AMP:
		case TOKEN_PIPE: case TOKEN_AND_IF: case TOKEN_OR_IF:
		case TOKEN_LPAREN:
			command = true;
			break;
		default:
			command = false;
		}
	}
	lex_finish(&lx);
	arena_destroy(&arena);
	return strbuf_finish(&out);
}

static const char *const alias_defs[][2] = {
	{ "ll", "ls -l" },
	{ "cat", "cat -v" },		/* its own name: not again */
	{ "e", "echo " },		/* trailing blank */
	{ "x", "y" }, { "y", "x" },	/* a loop */
	{ "a", "b" }, { "b", "echo b" },	/* a chain */
	{ "n", "" },
	{ "q", "echo \"a" },		/* ends inside a quote */
	{ "if", "IF" },
	{ "two", "echo 1\necho 2" },
	{ "r", "cat < " },
};

static const struct lex_case alias_cases[] = {
	{ "ll", "[ls] [-l] EOF" },
	{ "ll; ll | ll", "[ls] [-l] ; [ls] [-l] | [ls] [-l] EOF" },
	{ "ll\nll", "[ls] [-l] NL [ls] [-l] EOF" },
	{ "echo ll", "[echo] [ll] EOF" },
	{ "'ll' l\\l \"ll\"", "['ll'] [l\\l] [\"ll\"] EOF" },
	{ "cat", "[cat] [-v] EOF" },
	{ "r cat", "[cat] [-v] < [cat] [-v] EOF" },
	{ "e ll", "[echo] [ls] [-l] EOF" },
	{ "e e ll", "[echo] [echo] [ls] [-l] EOF" },
	{ "e ll ll", "[echo] [ls] [-l] [ll] EOF" },
	{ "x", "[x] EOF" },
	{ "y", "[y] EOF" },
	{ "a z", "[echo] [b] [z] EOF" },
	{ "n ll", "[ls] [-l] EOF" },
	{ "n", "EOF" },
	{ "q b\"", "[echo] [\"a b\"] EOF" },
	{ "if", "[if] EOF" },
	{ "e if", "[echo] [IF] EOF" },
	{ "two", "[echo] [1] NL [echo] [2] EOF" },
	{ "r ll", "[cat] [-v] < [ls] [-l] EOF" },
	{ "echo $(ll) `ll`", "[echo] [$(ls -l)] [$(ls -l)] EOF" },
	{ "$(( $(ll) ))", "[$(( $(ls -l) ))] EOF" },
	{ "$((ll) )", "[$( ( ls -l ))] EOF" },
	{ "echo $(( $(e ll) + `a` ))", "[echo] [$(( $(echo ls -l) + $(echo b) ))] EOF" },
};

START_TEST(test_lex_alias)
{
	struct alias_table *t = alias_table_create();
	for (size_t i = 0; i < sizeof(alias_defs) / sizeof(*alias_defs); i++)
		alias_table_set(t, alias_defs[i][0], alias_defs[i][1]);
	const struct lex_case *c = &alias_cases[_i];
	char *got = lex_dump_alias(c->in, t);
	ck_assert_msg(strcmp(got, c->out) == 0, "lexing <%s>: got <%s>, want <%s>",
		c->in, got, c->out);
	free(got);
	alias_table_destroy(t);
}
END_TEST

START_TEST(test_alias_table)
{
	struct alias_table *t = alias_table_create();
	ck_assert_ptr_null(alias_table_get(t, "a"));
	alias_table_set(t, "b", "1");
	alias_table_set(t, "a", "2");
	alias_table_set(t, "b", "3");
	ck_assert_str_eq(alias_table_get(t, "b"), "3");
	const char **names = alias_table_list(t);
	ck_assert_str_eq(names[0], "a");
	ck_assert_str_eq(names[1], "b");
	ck_assert_ptr_null(names[2]);
	free(names);
	ck_assert(alias_table_remove(t, "a"));
	ck_assert(!alias_table_remove(t, "a"));
	alias_table_clear(t);
	ck_assert_ptr_null(alias_table_get(t, "b"));
	names = alias_table_list(t);
	ck_assert_ptr_null(names[0]);
	free(names);
	ck_assert(alias_is_valid_name("ll"));
	ck_assert(alias_is_valid_name("a.b-c@%,!"));
	ck_assert(!alias_is_valid_name(""));
	ck_assert(!alias_is_valid_name("a=b"));
	ck_assert(!alias_is_valid_name("a b"));
	ck_assert(!alias_is_valid_name("$a"));
	alias_table_destroy(t);
}
END_TEST

static Suite *make_suite(void)
{
	Suite *s = suite_create("lexer");
	TCase *tc = tcase_create("tokens");
	tcase_add_loop_test(tc, test_lex_table, 0,
		(int)(sizeof(lex_cases) / sizeof(*lex_cases)));
	suite_add_tcase(s, tc);

	tc = tcase_create("alias");
	tcase_add_loop_test(tc, test_lex_alias, 0,
		(int)(sizeof(alias_cases) / sizeof(*alias_cases)));
	tcase_add_test(tc, test_alias_table);
	suite_add_tcase(s, tc);
	return s;
}

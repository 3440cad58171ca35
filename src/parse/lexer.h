/* The lexer: turns characters pulled line by line from a struct input into
 * tokens (XCU 2.3), building words straight into trees (struct word).
 *
 * It is internal to src/parse.  The lexer and the parser are mutually
 * recursive: a $( ) met inside a word is parsed by the parser on the same
 * character stream (so here-documents and case items inside it work), and
 * `...`, here-document bodies and $(( )) are parsed by sub-lexers. */
#ifndef COSH_PARSE_LEXER_H
#define COSH_PARSE_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/token.h"
#include "util/strbuf.h"
#include "util/vec.h"

struct alias_table;
struct arena;
struct input;
struct node;
struct redir;

/* An alias value being read: its text sits in buf up to end.  While it
 * is there the alias is not substituted again (XCU 2.3.1), which is what
 * stops "alias ls='ls -F'" and loops such as a=b b=a. */
struct lex_alias {
	char *name;		/* owned */
	size_t end;		/* offset in buf just past the value */
	bool blank;		/* the value ends in a blank: check the next word */
};

struct lexer {
	struct input *in;	/* NULL: the text in buf is all there is */
	const char *name;	/* for messages; borrowed */
	struct arena *arena;	/* where words and strings go; borrowed */
	struct lexer *parent;	/* a sub-lexer's owner, or NULL */
	struct lexer *root;	/* the outermost owner (itself if none) */

	/* The text of the command being parsed, from its first line on.  It
	 * is kept whole until the command ends so that the raw text of a
	 * here-document delimiter can be taken from it and an attempt at
	 * $(( )) can back up and reparse as $( ( ) ). */
	struct strbuf buf;
	size_t pos;
	int lineno;		/* line of buf[pos] */
	int last_lineno;	/* line of the last token handed out */
	bool eof;
	bool first_line;	/* the next read_line starts a command */
	/* read_line ended with in->interrupted (Ctrl-C at a prompt): the
	 * command is dropped silently, like a syntax error without the
	 * message. */
	bool interrupted;

	/* Only the root lexer's copies count (see lex_root). */
	bool error;		/* a syntax error was reported */
	int quiet;		/* > 0: do not print errors (a trial parse) */

	struct token tok;	/* one token of lookahead */
	bool have_tok;
	bool want_delim;	/* the next word follows << or <<- */
	struct vec heredocs;	/* struct redir *: bodies still to read */

	/* Alias substitution.  The table is read from the root lexer only
	 * (NULL: no aliases); each lexer keeps the values it is reading, in
	 * the order they were substituted (the innermost last). */
	const struct alias_table *aliases;
	/* Root only: aliases is NULL or empty (set as each command starts),
	 * so that no word is looked up. */
	bool no_aliases;
	struct lex_alias *uses;
	size_t nuses, uses_cap;
	/* The next token is read right after a substitution: it is checked
	 * again (the recursive substitution of XCU 2.3.1), as the word it
	 * replaces was. */
	enum lex_alias_check alias_recheck;
	/* Root only: > 0 while $(( )) is lexed on trial, when buf must not
	 * change; a substitution skipped then sets alias_missed. */
	int alias_off;
	bool alias_missed;
	/* Positions in buf where a trial of $(( )) failed.  Reparsing as
	 * $( ( ) ) reaches every "$((" inside again; without this record a
	 * nest of n unclosed "$((" costs 2^n trials.  The trial's result
	 * depends only on the text after the position, so the record is
	 * dropped whenever buf changes other than by growing (an alias
	 * substituted, a new command). */
	size_t *arith_failed;
	size_t narith_failed, arith_failed_cap;
	/* Where the first trial of $(( )) or (( )) that ran out of input
	 * started ("(((((" to the end), or SIZE_MAX: lex_arith_command
	 * tries no "((" after it. */
	size_t arith_eof_failed;
	/* set -v: each line read is copied to standard error while *verbose
	 * is true.  NULL: never.  Borrowed; root lexer only. */
	const bool *verbose;
};

/* in may be NULL; then lex_set_text gives the text. */
void lex_init(struct lexer *lx, struct input *in, const char *name,
	struct arena *arena);
/* A lexer over text alone (`...`, a here-document body), sharing
 * parent's arena, name and error state; its first line is lineno. */
void lex_init_sub(struct lexer *lx, struct lexer *parent, const char *text,
	int lineno);
/* Aliases to substitute (NULL: none); t is borrowed.  Whether it is
 * empty is checked again as each command starts (lex_begin_command). */
void lex_set_aliases(struct lexer *lx, const struct alias_table *t);
/* Frees the lexer's buffers (not the arena, not the input). */
void lex_finish(struct lexer *lx);

/* Starts a new complete command: forgets the old text, so the next line
 * read is asked for with continuation false. */
void lex_begin_command(struct lexer *lx);
/* After an error: drops the rest of the current line, the lookahead and
 * pending here-documents. */
void lex_discard_line(struct lexer *lx);

/* Reads the lookahead token; use lex_peek. */
struct token *lex_peek_read(struct lexer *lx);

/* The next token, not consumed.  Valid until lex_next.  (Inline: the
 * parser asks for the lookahead it already has far more often than for a
 * new token.) */
static inline struct token *lex_peek(struct lexer *lx)
{
	if (lx->have_tok)
		return &lx->tok;
	return lex_peek_read(lx);
}
/* Consumes the token lex_peek returned (peeking first if needed). */
struct token *lex_next(struct lexer *lx);
/* lex_peek for a token that would be the command name word of a simple
 * command: a word that names an alias (unquoted, not a reserved word, not
 * already being read) is replaced by the alias value in the text, and the
 * token read from there is returned instead, itself checked again. */
struct token *lex_peek_command(struct lexer *lx);

/* ((expression)) as a command (bash, ksh, mksh, zsh; XCU 2.9.4.1 lets a
 * shell read it so): call when lex_peek gave a '(' where a command
 * starts.  If a second '(' follows at once and the text up to the "))"
 * that closes them reads as an arithmetic expression, consumes it all and
 * returns true with *out its WORD_ARITH (NULL after a syntax error).
 * Otherwise returns false and leaves the '(' as the lookahead: nested
 * subshells. */
bool lex_arith_command(struct lexer *lx, struct word **out);

/* The right side of =~ in [[ ]], read where no token is looked ahead:
 * a word in which parentheses nest and '|' is a character, as in bash.
 * NULL if no word is there, or after a syntax error. */
struct word *lex_regex_word(struct lexer *lx);

/* Reads all of lx's text (lex_init with no input, text appended to buf)
 * as the body of an unquoted here-document: $, ` and \ keep their
 * meaning, '"' and '\'' do not.  Returns the WORD_LIST, or NULL after a
 * syntax error. */
struct word *lex_heredoc_text(struct lexer *lx);

/* The parser calls this as soon as it has built a here-document
 * redirection; the body is read after the next newline token and stored
 * in r->target.  r is borrowed (it lives in the arena). */
void lex_add_heredoc(struct lexer *lx, struct redir *r);

/* Prints "cosh: NAME: line N: syntax error: WHAT" once per command. */
void lex_error(struct lexer *lx, int lineno, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* True once a syntax error was reported in this command. */
bool lex_failed(const struct lexer *lx);

/* The delimiter a here-document body ends with: here_end with quotes
 * removed.  Caller frees. */
char *lex_unquote_delim(const char *here_end);

/* Implemented by the parser (parser.c), called by the lexer. */

/* Parses the inside of $( ) from lx up to and including the closing ')'.
 * Returns the body (NULL if empty); *ok false on a syntax error. */
struct node *parser_parse_cmdsub(struct lexer *lx, bool *ok);
/* Parses text (the inside of `...`) as a whole program, in parent's arena,
 * its first line numbered lineno.  *ok false on a syntax error. */
struct node *parser_parse_text(struct lexer *parent, const char *text,
	int lineno, bool *ok);

#endif

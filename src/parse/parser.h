/* The parser: one function per rule of the grammar in XCU 2.10, reading
 * tokens from the lexer, which pulls lines from a struct input.
 *
 * parser_next returns as soon as a complete command ends with its newline:
 * it never asks the input for a line beyond that (except the bodies of
 * here-documents started on that line), so an interactive shell or a script
 * on standard input runs each command before the next is read. */
#ifndef COSH_PARSE_PARSER_H
#define COSH_PARSE_PARSER_H

#include <stdbool.h>

struct alias_table;
struct input;
struct program;
struct word;

enum parse_status {
	PARSE_OK,	/* *out set; its root is NULL for a blank line */
	PARSE_EOF,	/* end of input, nothing parsed; *out untouched */
	PARSE_ERROR,	/* message printed; the rest of the line discarded */
};

struct parser;

/* Borrows in until parser_destroy. */
struct parser *parser_create(struct input *in);
void parser_destroy(struct parser *p);

/* Parses the next complete command (XCU: complete_command, with the
 * newline that ends it).  On PARSE_OK the caller owns *out (one reference).
 * Syntax errors print "cosh: NAME: line N: syntax error: WHAT" and give
 * PARSE_ERROR; the caller decides whether to go on (interactive) or to exit
 * with status 2. */
enum parse_status parser_next(struct parser *p, struct program **out);

/* Aliases to substitute in what p reads from now on (NULL: none).  t is
 * borrowed and looked up as each command is read, so a definition made
 * by one command applies to the commands read after it. */
void parser_set_aliases(struct parser *p, const struct alias_table *t);
/* set -v: while *flag is true each line p reads is written to standard
 * error as it is read.  flag is borrowed (normally the shell's option, so
 * that set -v and set +v take effect from the next line); NULL: never. */
void parser_set_verbose(struct parser *p, const bool *flag);

/* Parses all of text as one program (root is a NODE_LIST or a single
 * command, or NULL if empty).  NULL on a syntax error (message printed,
 * naming name).  Used by eval-like callers and the tests. */
struct program *parse_string(const char *text, const char *name);

/* Parses text the way the body of an unquoted here-document is parsed
 * (XCU 2.7.4): parameter expansion, command substitution and arithmetic
 * expansion are recognised, a backslash quotes only $ ` \ and newline,
 * and '"' and '\'' are literal.  Used for prompts.  On success returns
 * the program that owns the word (one reference; caller unrefs) and sets
 * *out to the word, a WORD_LIST for expand_word_str(..,
 * EXPAND_STR_HEREDOC).  NULL on a syntax error, without a message; *out
 * is then NULL. */
struct program *parse_heredoc_text(const char *text, struct word **out);

/* The line number of the last token read, for LINENO and messages. */
int parser_lineno(const struct parser *p);

/* True if s is a valid shell name: [A-Za-z_][A-Za-z0-9_]*. */
bool is_name(const char *s);
/* True if the first n bytes of s are a valid name. */
bool is_name_n(const char *s, unsigned long n);

#endif

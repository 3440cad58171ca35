/* The abstract syntax tree.  The parser builds it in the arena of a
 * struct program; the executor and the expander only read it.  Nothing in a
 * tree is freed on its own: it dies with its program, which is reference
 * counted so that function definitions and jobs can keep it alive.
 *
 * Words are trees too (as in mrsh), not strings with embedded quote marks:
 * the expander walks them in the POSIX order and always knows which
 * characters were quoted. */
#ifndef COSH_PARSE_AST_H
#define COSH_PARSE_AST_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

struct strbuf;

/* ---- words ---- */

enum word_type {
	WORD_STRING,	/* literal text */
	WORD_PARAM,	/* $name, ${name}, ${name OP arg}, ${#name} */
	WORD_CMDSUB,	/* $(...) or `...` */
	WORD_ARITH,	/* $((...)) */
	WORD_LIST,	/* a sequence of parts; "..." when double_quoted */
};

enum param_op {
	PARAM_PLAIN,		/* $x ${x} */
	PARAM_LENGTH,		/* ${#x} */
	PARAM_DEFAULT,		/* ${x-w}  ${x:-w} */
	PARAM_ASSIGN,		/* ${x=w}  ${x:=w} */
	PARAM_ERROR,		/* ${x?w}  ${x:?w} */
	PARAM_ALT,		/* ${x+w}  ${x:+w} */
	PARAM_TRIM_SUFFIX,	/* ${x%w} */
	PARAM_TRIM_SUFFIX_LONG,	/* ${x%%w} */
	PARAM_TRIM_PREFIX,	/* ${x#w} */
	PARAM_TRIM_PREFIX_LONG,	/* ${x##w} */
	PARAM_REPLACE,		/* ${x/p/r}: the first match (bash, mksh) */
	PARAM_REPLACE_ALL,	/* ${x//p/r}: every match */
	PARAM_REPLACE_PREFIX,	/* ${x/#p/r}: a match at the start */
	PARAM_REPLACE_SUFFIX,	/* ${x/%p/r}: a match at the end */
	PARAM_SUBSTR,		/* ${x:o} ${x:o:l} (bash, mksh) */
};

struct node;

struct word {
	enum word_type type;
	struct word *next;	/* next part inside the enclosing WORD_LIST */
	union {
		struct {
			char *str;
			/* The text came from '...' or a backslash escape: every
			 * character of it is literal.  (Text inside "..." is
			 * quoted by its enclosing list, not by this flag.) */
			bool quoted;
		} string;
		struct {
			char *name;	/* "x", "10", "@", "*", "#", "?", "-", "$", "!", "0" */
			enum param_op op;
			bool colon;	/* ${x:-w} rather than ${x-w} */
			bool braced;	/* ${...} form (for printing back) */
			struct word *arg;	/* WORD_LIST or NULL; the w above */
			/* ${x/p/r}: r; ${x:o:l}: l (WORD_LIST), or NULL */
			struct word *rep;
		} param;
		struct {
			struct node *body;	/* NULL for an empty $( ) */
			bool backquote;
		} cmdsub;
		struct {
			struct word *expr;	/* WORD_LIST: expanded like "...", then evaluated */
		} arith;
		struct {
			struct word *head;	/* first part, or NULL for "" */
			bool double_quoted;
		} list;
	};
};

/* Every word of a command (an argument, an assignment value, a redirection
 * target, a pattern, a for-list item, a case subject) is a WORD_LIST with
 * double_quoted false whose parts are the pieces of the word in order. */

/* ---- redirections ---- */

enum redir_op {
	REDIR_IN,		/* <   */
	REDIR_OUT,		/* >   */
	REDIR_CLOBBER,		/* >|  */
	REDIR_APPEND,		/* >>  */
	REDIR_RDWR,		/* <>  */
	REDIR_DUPIN,		/* <&  */
	REDIR_DUPOUT,		/* >&  */
	REDIR_HEREDOC,		/* <<  */
	REDIR_HEREDOC_STRIP,	/* <<- */
	REDIR_HERESTRING,	/* <<< word: its expansion and a newline */
};

struct redir {
	struct redir *next;
	enum redir_op op;
	int fd;			/* the n in n>file; -1 for the operator's default */
	/* File name, or the fd word of <& and >& ("-" closes), or for a
	 * here-document its body: a WORD_LIST to expand like "..." without
	 * the special meaning of '"' when here_quoted is false, a single
	 * quoted WORD_STRING inside a WORD_LIST when it is true. Leading
	 * tabs of <<- are already removed. */
	struct word *target;
	char *here_end;		/* the delimiter as written, for printing */
	bool here_quoted;	/* some part of the delimiter was quoted */
};

/* ---- commands ---- */

enum node_type {
	NODE_SIMPLE,
	NODE_PIPELINE,	/* two or more commands, or one with '!' */
	NODE_AND,	/* left && right */
	NODE_OR,	/* left || right */
	NODE_LIST,	/* commands separated by ';', '&' or newline */
	NODE_SUBSHELL,	/* ( body ) */
	NODE_GROUP,	/* { body; } */
	NODE_IF,
	NODE_WHILE,
	NODE_UNTIL,
	NODE_FOR,
	NODE_CASE,
	NODE_FUNCDEF,
	NODE_ARITH,	/* ((expression)): bash, ksh, mksh, zsh */
	NODE_COND,	/* [[ expression ]]: bash, ksh, mksh, zsh */
};

struct assign {
	char *name;
	struct word *value;	/* WORD_LIST, possibly with no parts */
};

struct list_item {
	struct node *cmd;
	bool async;		/* terminated by '&' */
};

enum case_term {
	CASE_BREAK,		/* ;; (or the last item with none) */
	CASE_FALLTHROUGH,	/* ;& (POSIX 2024) */
	CASE_CONTINUE,		/* ;;& or ;| (bash, mksh, zsh): match the next items */
};

/* The expression of [[ ]]: words are expanded without field splitting or
 * pathname expansion; the right side of == and != is a pattern. */
enum cond_type {
	COND_WORD,	/* a: true if not empty */
	COND_UNARY,	/* op a (-f, -z, -o, ...) */
	COND_BINARY,	/* a op b (==, !=, =~, <, >, -eq, -nt, ...) */
	COND_NOT,	/* ! left */
	COND_AND,	/* left && right */
	COND_OR,	/* left || right */
};

struct cond {
	enum cond_type type;
	const char *op;		/* UNARY, BINARY: as written ("<" for <) */
	struct word *a, *b;	/* WORD_LISTs */
	struct cond *left, *right;
};

struct case_item {
	struct word **patterns;	/* npatterns >= 1 */
	size_t npatterns;
	struct node *body;	/* NULL for an empty body */
	enum case_term term;
};

struct node {
	enum node_type type;
	int lineno;		/* line of the command's first token */
	/* Redirections of a simple command, or of a compound command
	 * (SUBSHELL, GROUP, IF, WHILE, UNTIL, FOR, CASE, ARITH, COND), in source
 * order. */
	struct redir *redirs;
	union {
		struct {
			struct assign *assigns;
			size_t nassigns;
			struct word **args;	/* args[0] is the command name */
			size_t nargs;
		} simple;
		struct {
			struct node **cmds;
			size_t ncmds;
			bool bang;
		} pipeline;
		struct {
			struct node *left, *right;
		} binary;		/* NODE_AND, NODE_OR */
		struct {
			struct list_item *items;
			size_t nitems;
		} list;
		struct {
			struct node *body;
		} group;		/* NODE_SUBSHELL, NODE_GROUP */
		struct {
			struct node *cond, *then_part;
			struct node *else_part;	/* NULL, or a NODE_IF for elif */
			bool is_elif;		/* printed as elif (for printing back) */
		} if_;
		struct {
			struct node *cond, *body;
		} loop;			/* NODE_WHILE, NODE_UNTIL */
		struct {
			char *var;
			bool has_in;	/* false: iterate over "$@" */
			struct word **words;
			size_t nwords;
			struct node *body;
		} for_;
		struct {
			struct word *subject;
			struct case_item *items;
			size_t nitems;
		} case_;
		struct {
			char *name;
			struct node *body;	/* a compound command, with its redirs */
		} funcdef;
		struct {
			/* A WORD_LIST whose one part is a WORD_ARITH. */
			struct word *word;
		} arith;
		struct {
			struct cond *expr;
		} cond;
	};
};

/* Invariants: a NODE_LIST has nitems >= 1 and is only made when there are
 * two or more items or an '&'; a NODE_PIPELINE has ncmds >= 2 or bang; the
 * body of a compound command is never NULL except an empty case item. */

/* ---- programs ---- */

/* A parsed unit (one complete command, or a whole string for eval and
 * command substitution in unit tests) and the arena that holds its tree. */
struct program {
	struct arena arena;
	struct node *root;	/* NULL: the input held no command (blank line) */
	int refs;
};

/* Returns a program with refs == 1 and an empty arena. */
struct program *program_create(void);
void program_ref(struct program *prog);
/* Drops one reference; the last one frees the arena and the program. */
void program_unref(struct program *prog);

/* True if running n can start no process and run no code but its own
 * commands: no subshell, pipeline, asynchronous list or command
 * substitution anywhere in it, and every simple command named by a plain
 * word for which inert_name(ctx, name) is true (or naming nothing).  A
 * function definition counts only if inert_name is false for its name,
 * so that a call of it later in the same tree is not taken for the
 * command it shadows.  Function bodies are not looked into.  The shell
 * uses it to know whether a command may read its standard input. */
bool ast_is_inert(const struct node *n,
	bool (*inert_name)(void *ctx, const char *name), void *ctx);

/* Prints a tree back as shell text in one canonical form: single spaces,
 * "; " between list items, "{ ...; }", words re-quoted as they were parsed.
 * Parsing the output again gives an equal tree.  Used by the parser tests
 * and for the command text of jobs.  Here-document bodies are printed after
 * the line that holds their operator. */
void ast_print(struct strbuf *out, const struct node *n);
void ast_print_word(struct strbuf *out, const struct word *w);

#endif

/* Builtin utilities: a table sorted by name, one source file per builtin. */
#ifndef COSH_BUILTIN_BUILTIN_H
#define COSH_BUILTIN_BUILTIN_H

#include <stdbool.h>
#include <stddef.h>

struct shell;

enum builtin_flag {
	/* A special built-in (XCU 2.14): found before functions, its prefix
	 * assignments persist, and its errors end a non-interactive shell. */
	BUILTIN_SPECIAL = 1 << 0,
	/* export/readonly/local: arguments that look like assignments are
	 * expanded as assignments (tilde after '=' and ':', no splitting). */
	BUILTIN_DECL = 1 << 1,
	/* Reports its own outcome through sh->flow or its status (., eval,
	 * exit, trap; a bad count or status for break, continue and return
	 * is a special built-in error): a non-zero status from a
	 * special one is not a special built-in error that ends the shell. */
	BUILTIN_OWN_STATUS = 1 << 2,
	/* With operands, its prefix assignments go to the environment of
	 * the command it runs (VAR=x exec cmd). */
	BUILTIN_ASSIGNS_TO_ENV = 1 << 3,
	/* The command substitution without a fork (exec/cmdsub.c) may run
	 * it: it changes nothing in the shell but its status and sh->flow
	 * (which the substitution consumes), reads no input, starts no
	 * process and writes its output only through builtin_flush. */
	BUILTIN_NOFORK = 1 << 4,
	/* What it changes is undone when the function that runs it returns
	 * (local, shift): the substitution without a fork may run it inside
	 * a function body, never at its own top level. */
	BUILTIN_FUNC_SCOPED = 1 << 5,
};

struct builtin {
	const char *name;
	/* Returns an exit status; may set sh->flow (break, continue, return,
	 * exit).  argv[argc] is NULL; argv is borrowed. */
	int (*fn)(struct shell *sh, int argc, char **argv);
	unsigned flags;
};

/* NULL if name is not a builtin. */
const struct builtin *builtin_find(const char *name);

/* Every builtin, in name order, ending with a zeroed entry. */
extern const struct builtin builtin_table[];

/* The prototype of every builtin, one per file builtin/NAME.c. */
#define BUILTIN(n) int builtin_##n(struct shell *sh, int argc, char **argv)
BUILTIN(colon);
BUILTIN(true);
BUILTIN(false);
BUILTIN(exit);
BUILTIN(cd);
BUILTIN(pwd);
BUILTIN(echo);
BUILTIN(printf);
BUILTIN(export);
BUILTIN(readonly);
BUILTIN(unset);
BUILTIN(set);
BUILTIN(shift);
BUILTIN(eval);
BUILTIN(dot);
BUILTIN(exec);
BUILTIN(return);
BUILTIN(break);
BUILTIN(continue);
BUILTIN(read);
BUILTIN(test);
BUILTIN(umask);
BUILTIN(command);
BUILTIN(type);
BUILTIN(wait);
BUILTIN(trap);
BUILTIN(kill);
BUILTIN(jobs);
BUILTIN(fg);
BUILTIN(bg);
BUILTIN(hash);
BUILTIN(times);
BUILTIN(getopts);
BUILTIN(alias);
BUILTIN(unalias);
BUILTIN(fc);
BUILTIN(local);
BUILTIN(ulimit);
BUILTIN(builtin);
#undef BUILTIN

/* A small getopt for builtins: options before operands, "--" ends them.
 * Start with *optind = 1.  Returns the option letter, 0 at the end (then
 * *optind is the first operand), or '?' after printing
 * "cosh: NAME: -X: invalid option". optstring as for getopt(3), without
 * ':' arguments support beyond "x:" meaning x takes an argument stored in
 * *optarg. */
int builtin_getopt(int argc, char **argv, const char *optstring,
	int *optind, char **optarg);

/* The one option scanner behind builtin_getopt and getopts.  The cursor:
 * ind indexes args (0-based), next is the offset of the next letter in
 * args[ind] (0: at the start of that argument). */
struct opt_cursor {
	long ind;
	size_t next;
};

enum opt_result {
	OPT_END,	/* no more options ("--" is consumed) */
	OPT_FOUND,	/* *letter, with *arg if optstring says "x:" */
	OPT_UNKNOWN,	/* *letter is not in optstring */
	OPT_NO_ARG,	/* *letter needs an argument and none is left */
};

/* One step of the scan of args[0..nargs) against optstring ("x:": x takes
 * an argument, in the same word or the next).  Advances *cur past what it
 * consumed; sets *letter (except at OPT_END) and *arg (NULL if none).
 * Prints nothing: the caller reports errors its own way. */
enum opt_result opt_scan(struct opt_cursor *cur, char *const *args,
	long nargs, const char *optstring, char *letter, char **arg);

/* Helpers shared by the builtin files (added by the builtin module; the
 * lead's builtins may use them too). */
struct strbuf;

/* Writes sb to standard output and empties it (the storage stays: the
 * caller still frees sb).  On a write error (EPIPE, EBADF...) prints
 * "cosh: NAME: write error: STRERROR" and returns false; the builtin then
 * returns status 1.  Builtins collect their output in a strbuf rather than
 * stdio so that no buffered output is ever inherited by a forked child. */
bool builtin_flush(const char *name, struct strbuf *sb);

/* While a command substitution runs without a fork (exec/cmdsub.c), the
 * output builtin_flush would write to fd 1 is appended to out instead:
 * the pipe of a forked substitution, which can never fail to take it.
 * Output to other descriptors is not affected, nor output to fd 1 while
 * a redirection of the body has replaced it (builtin_capture_redirected).
 * Captures nest: begin returns the one in force (with its count of
 * redirections), which end puts back. */
struct capture_state {
	struct strbuf *out;	/* NULL: no capture */
	int fd1_redirs;		/* redirections of fd 1 made since it began */
};
struct capture_state builtin_capture_begin(struct strbuf *out);
void builtin_capture_end(struct capture_state outer);

/* redir.c: fd 1 was redirected (+1) or put back (-1) with an undo record.
 * Counted only while a capture is in force, for that capture. */
void builtin_capture_redirected(int delta);

/* True while fd 1 stands for a capture: fd 1 of the substitution is a
 * pipe (test -t 1 says no). */
bool builtin_capturing(void);

/* Splits an operand NAME or NAME=VALUE of the declaration utilities
 * (export, readonly, local): *name is a copy the caller frees, *value
 * points into arg after the '=' or is NULL.  A bad name gets the message
 * "NAME: bad variable name" under argv0, and false. */
bool builtin_split_decl(const char *argv0, const char *arg, char **name,
	const char **value);

/* Parses a whole decimal integer with an optional sign ("+12", "-3").
 * false (and *out untouched) on an empty string, trailing garbage or
 * overflow. */
bool builtin_parse_long(const char *s, long *out);

/* Where an escape is decoded: its octal forms differ (printf.c). */
enum escape_mode {
	ESCAPE_FORMAT,	/* printf's format: \ddd, one to three digits */
	ESCAPE_ECHO,	/* echo (XSI): only \0num is octal, no \e \x \u \U */
	ESCAPE_ECHO_E,	/* echo -e: XSI and \e \x \u \U */
	ESCAPE_B,	/* printf %b: \0num and \num */
};

/* The backslash escapes of echo and printf %b, appended to out: \\ \a \b
 * \e \f \n \r \t \v, octal as mode says, \xHH, \uHHHH and \UHHHHHHHH
 * (UTF-8), the last four not for ESCAPE_ECHO; any other backslash is kept as it is.  Returns false if \c was
 * met: the text stops there and the caller prints nothing more
 * (printf.c).  mode is not ESCAPE_FORMAT. */
bool builtin_escape(struct strbuf *out, const char *s, enum escape_mode mode);

/* The current directory from getcwd, any length; caller frees.  NULL with
 * errno set on failure (pwd.c). */
char *builtin_getcwd(void);

/* The logical current directory: $PWD if it is absolute, free of "." and
 * ".." components and still names the current directory; else getcwd.
 * Caller frees; NULL with errno set if getcwd fails (pwd.c). */
char *builtin_logical_cwd(struct shell *sh);

/* fc (fc.c), pure parts for the unit tests.
 *
 * The history entry that spec names, among the entries numbered
 * first..last whose texts are texts[0..last-first] (borrowed): a positive
 * number is an entry's number, a negative one counts back from last (-1
 * is last); numbers outside first..last stand for the nearest end.  Any
 * other spec names the newest entry that starts with it.  Returns false
 * when the list is empty (last < first) or no entry starts with spec. */
bool fc_resolve(const char *spec, const char *const *texts, long first,
	long last, long *out);
/* text with the first occurrence of old replaced by new_text; a copy of
 * text when old is empty or absent.  Caller frees. */
char *fc_substitute(const char *text, const char *old, const char *new_text);

#endif

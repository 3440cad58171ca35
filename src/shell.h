/* struct shell: the whole state of one shell process.  Every module takes a
 * struct shell * rather than reaching for globals; the only globals in cosh
 * are the signal flags and the self-pipe (src/sig/signal.c), because a
 * signal handler can reach nothing else.
 *
 * A subshell is a fork of the process: the child keeps its copy of this
 * struct and marks itself with in_subshell. */
#ifndef COSH_SHELL_H
#define COSH_SHELL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "util/hash.h"
#include "var/options.h"

struct vars;
struct jobs;
struct traps;
struct program;
struct node;
struct input;
struct alias_table;

/* What a command asks of the commands around it.  Returned by the
 * executor; never implemented with longjmp. */
enum flow {
	FLOW_NEXT,	/* go on with the next command */
	FLOW_BREAK,	/* break N: sh->flow_count levels left to leave */
	FLOW_CONTINUE,	/* continue N */
	FLOW_RETURN,	/* return from a function or a dot script */
	FLOW_EXIT,	/* leave the shell (or the subshell) with sh->status */
	/* Ctrl-C while an interactive shell runs builtins (no job in the
	 * foreground took it): abandon the command line, back to the
	 * prompt with status 130.  Only the outermost input consumes it. */
	FLOW_INTERRUPT,
};

struct function {
	char *name;
	struct node *body;		/* borrowed from prog */
	struct program *prog;		/* one reference held */
};

struct shell {
	struct vars *vars;
	struct hash functions;		/* name -> struct function * */
	struct hash cmd_cache;		/* name -> char * full path (hash -r) */
	unsigned long cmd_cache_gen;	/* vars_path_generation when filled */
	bool opts[OPT_COUNT];

	/* $0 and the positional parameters $1...; owned. */
	char *arg0;
	char **params;			/* NULL-terminated */
	size_t nparams;

	int status;			/* $? */
	unsigned long cmdsub_count;	/* command substitutions run so far */
	pid_t pid;			/* $$: the main shell's pid, kept in subshells */
	pid_t last_bg;			/* $!; 0 if none yet */

	/* Control flow requested by break/continue/return/exit and not yet
	 * consumed; see enum flow. */
	enum flow flow;
	int flow_count;
	int loop_depth;			/* enclosing loops, for break/continue */
	int func_depth;			/* enclosing function calls */
	int dot_depth;			/* enclosing dot scripts */
	int input_depth;		/* nested shell_run_input calls */
	/* The main input is a -c string: a syntax error in it ends the
	 * shell even with -i (nobody can type a correction). */
	bool command_string;

	/* The errexit (set -e) rule is suspended inside the condition of
	 * if/while/until, the left of && and ||, and after '!'. */
	int errexit_suspended;

	bool in_subshell;		/* a forked copy: exit, do not return */
	bool is_login;
	const char *script_name;	/* for messages ("cosh" or the script) */
	int lineno;			/* LINENO of the command being run */

	/* The program whose tree is running: a function defined now holds
	 * a reference to it. */
	struct program *prog;

	struct jobs *jobs;		/* the job table (src/job) */
	struct traps *traps;		/* trap actions (src/sig/trap) */
	int tty_fd;			/* the controlling terminal, or -1 */

	/* Interactive exit with stopped jobs (src/input/rl.c, exit
	 * builtin): "there are stopped jobs" was said; the next attempt to
	 * leave succeeds if no other command ran in between (shell_run_input
	 * clears it after every other command, as bash and dash do).
	 * warned_now: the warning came from the command now running. */
	bool stopped_jobs_warned;
	bool warned_now;

	/* Aliases (alias, unalias); owned.  The parser of every input that
	 * shell_run_input reads borrows it, so aliases work in scripts, -c,
	 * eval and dot scripts alike. */
	struct alias_table *aliases;
};

/* Sets up a shell with the environment imported; caller destroys. */
struct shell *shell_create(char **envp);
void shell_destroy(struct shell *sh);

/* Replaces the positional parameters with a copy of argv[0..n). */
void shell_set_params(struct shell *sh, char *const *argv, size_t n);

/* $- : the letters of the options that are on.  Caller frees. */
char *shell_option_letters(const struct shell *sh);

/* True while the shell is interactive (set -i at start-up, never in a
 * subshell). */
bool shell_is_interactive(const struct shell *sh);

/* Function table: sh takes one reference to prog; replaces any earlier
 * definition. */
void shell_define_function(struct shell *sh, const char *name,
	struct node *body, struct program *prog);
struct function *shell_find_function(const struct shell *sh, const char *name);
bool shell_unset_function(struct shell *sh, const char *name);

/* Reads and runs commands from in until it ends or flow is FLOW_EXIT
 * (FLOW_RETURN ends a dot script).  Syntax errors: an interactive shell
 * goes on, otherwise status 2 and FLOW_EXIT.  Returns the flow that ended
 * it and leaves the status in sh->status.  Used by main, '.', eval and
 * sh -c. */
enum flow shell_run_input(struct shell *sh, struct input *in);

/* Leaves the process: an interactive shell writes its history
 * (rl_history_save), then the EXIT trap runs (once) and the process exits
 * with status.  In a subshell, _exit without the parent's stdio buffers. */
_Noreturn void shell_exit(struct shell *sh, int status);

#endif

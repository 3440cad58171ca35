/* struct shell: the whole state of one shell process.  Every module takes a
 * struct shell * rather than reaching for globals.  The globals that remain,
 * each because something outside the shell's control calls in without a
 * struct shell *:
 *   - the signal flags, the senders' pids and the self-pipe
 *     (src/sig/signal.c): a signal handler can reach nothing else;
 *   - the dispositions installed and those seen at entry (signal.c): they
 *     mirror the process's own table, of which there is one;
 *   - readline's input being edited and the history owner (src/input/rl.c),
 *     and the completion in progress (src/input/complete.c): readline's
 *     callbacks take no context;
 *   - builtin_getopt's place inside "-abc" (src/builtin/getopt.c): its
 *     interface, the one every builtin uses for its options, carries only
 *     the index; it is trusted only for the same argv and index;
 *   - the place of messages (src/util/error.c), which points at
 *     script_name and lineno below, so that no caller of sh_error has to
 *     pass them;
 *   - the table of the shell's own fds (src/util/fd.c), because the
 *     self-pipe is one of them;
 *   - the capture of a command substitution run without a fork
 *     (builtin_capture_begin, src/builtin/builtin.c): it stands for fd 1 of
 *     the process, and builtin_flush, which every builtin calls without
 *     a struct shell *, writes there;
 *   - the LC_CTYPE that the variables ask for, put in force on first need
 *     (src/var/var.c): it mirrors the process's locale, of which there is
 *     one.
 *
 * A subshell is a fork of the process: the child keeps its copy of this
 * struct and marks itself with in_subshell. */
#ifndef COSH_SHELL_H
#define COSH_SHELL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <termios.h>

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
	char **params;			/* NULL-terminated; one block (free) */
	size_t nparams;

	/* getopts' place inside a group of letters ("-abc"): trusted only
	 * while OPTIND still holds optind, the value getopts itself last
	 * stored, and nothing has assigned OPTIND since (gen is OPTIND's
	 * generation in the variable table after that store).  next == 0:
	 * at the start of an argument. */
	struct getopts_cursor {
		long optind;
		size_t next;
		unsigned long gen;
	} getopts;

	int status;			/* $? */
	unsigned long cmdsub_count;	/* command substitutions run so far */
	pid_t pid;			/* $$: the main shell's pid, kept in subshells */
	pid_t last_bg;			/* $!; 0 if none yet */
	/* Background pids whose status "wait pid" collected and whose job
	 * is gone: a known pid stays known (POSIX 2024 wait), so waiting
	 * for it again gives the same status, as in dash and bash.  A ring:
	 * the newest overwrite the oldest. */
	struct waited_pid {
		pid_t pid;
		int status;
	} waited[32];
	unsigned nwaited;		/* entries written so far */

	/* Control flow requested by break/continue/return/exit and not yet
	 * consumed; see enum flow. */
	enum flow flow;
	int flow_count;
	/* Set by a special builtin whose failure is a "special built-in
	 * utility error" (XCU 2.8.1) that it cannot tell by its status ('.'
	 * of a file it cannot read): the executor then ends a
	 * non-interactive shell, unless the builtin ran through "command". */
	bool special_error;
	int loop_depth;			/* enclosing loops, for break/continue */
	int func_depth;			/* enclosing function calls */
	int dot_depth;			/* enclosing dot scripts */
	int input_depth;		/* nested shell_run_input calls */
	/* The input of standard input (a script on a seekable stdin) that
	 * reads ahead of the command being run: shell_run_input gives the
	 * text back (input_sync) before any command that may read stdin.
	 * NULL if none; borrowed from the shell_run_input that set it. */
	struct input *readahead;
	/* Where "local -" saves the options of the function call running
	 * now (the slot holds NULL until it does; run_function restores and
	 * frees them at the return); NULL outside functions. */
	bool **local_opts;
	/* The main input is a -c string: a syntax error in it ends the
	 * shell even with -i (nobody can type a correction). */
	bool command_string;

	/* The errexit (set -e) rule is suspended inside the condition of
	 * if/while/until, the left of && and ||, and after '!'. */
	int errexit_suspended;

	/* Set by 'exec' without a command: the redirections of the builtin
	 * command that led to it stay in effect, also when it ran through
	 * 'command' (exec/simple.c consumes it). */
	bool keep_redirs;

	bool in_subshell;		/* a forked copy: exit, do not return */
	bool is_login;
	/* Where messages say they come from ("cosh: NAME: line N: ..."):
	 * the script, "-c", "stdin" or the dot file being run; NULL at an
	 * interactive prompt.  Borrowed (argv or the dot builtin's path). */
	const char *script_name;
	int lineno;			/* LINENO of the command being run */

	/* RANDOM and SECONDS (bash, mksh) are computed when read
	 * (src/expand/param.c): the value last stored tells an assignment
	 * by the script (a new seed, a new count) from the shell's own. */
	unsigned long random_state;
	pid_t random_pid;		/* the process that seeded it */
	char random_last[24];
	long seconds_base;		/* time(NULL) when SECONDS was 0 */
	char seconds_last[24];
	/* $_ (bash, ksh, mksh): the last field of the last simple command.
	 * Every simple command records it here, in a buffer reused without
	 * a malloc; the variable _ gets it only when something reads the
	 * table (shell_sync_last_arg). */
	char *last_arg;			/* owned; valid if last_arg_pending */
	size_t last_arg_cap;
	bool last_arg_pending;

	/* The program whose tree is running: a function defined now holds
	 * a reference to it. */
	struct program *prog;

	struct jobs *jobs;		/* the job table (src/job) */
	struct traps *traps;		/* trap actions (src/sig/trap) */
	int tty_fd;			/* the controlling terminal, or -1 */
	/* The shell's own terminal modes (src/job/tty.c): taken with the
	 * terminal, given back after a job that stopped or was killed. */
	struct termios tty_modes;
	bool has_tty_modes;

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

/* Records s as the value of $_ for the commands that follow. */
void shell_note_last_arg(struct shell *sh, const char *s);
/* Stores the recorded $_ in the variable _; call before reading _ or
 * listing the variables. */
void shell_sync_last_arg(struct shell *sh);

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

/* Shared between the executor's files; not an interface for the rest. */
#ifndef COSH_EXEC_EXEC_INT_H
#define COSH_EXEC_EXEC_INT_H

#include <stdbool.h>

#include "job/proc.h"
#include "shell.h"

struct node;

enum exec_flag {
	/* This process ends right after the node (a pipeline stage, a
	 * subshell, an async list): an external command may replace it
	 * instead of forking again. */
	EXEC_NOFORK = 1 << 0,
};

enum flow exec_node_flags(struct shell *sh, const struct node *n, unsigned flags);
enum flow exec_simple(struct shell *sh, const struct node *n, unsigned flags);

/* Runs cmds[0..n) as one job connected by pipes (n == 1: a single
 * process, for a subshell or an async command).  In the foreground it
 * waits; async sets $! and returns at once. */
enum flow exec_pipeline(struct shell *sh, const struct node *whole,
	struct node *const *cmds, size_t n, bool async);

/* How a process of a pipeline is connected, for the spawn path. */
struct spawn_opts {
	int in, out;		/* pipe ends for stdin and stdout, or -1 */
	bool foreground;
	bool async;
	bool first;		/* the job's first process */
};

struct job;
/* A pipeline stage or an async command that is a simple command with no
 * assignments, running a program found on PATH, whose words expand
 * without side effects or errors (literal text, plain parameters): it is
 * expanded in the shell and spawned (job/proc.h), as the subshell would
 * have run it.  SPAWN_USE_FORK when it is not such a command (or the
 * spawn path cannot report its failure): the caller forks as before. */
enum spawn_result exec_spawn_stage(struct shell *sh, const struct node *n,
	struct job *j, const struct spawn_opts *so, pid_t *pid);

/* set -x: PS4 expanded, the prefix of a trace line (simple.c); NULL when
 * not tracing.  Caller frees. */
char *exec_xtrace_prefix(struct shell *sh);

/* set -x for a command that is no simple command (((...)), [[ ]]): its
 * text as written, after the prefix, on standard error.  The words are
 * not expanded a second time for the trace. */
void exec_xtrace_node(struct shell *sh, const struct node *n);

/* [[ expression ]] (cond.c): sets the status, 2 on an error in the
 * expression; an expansion error is fatal as in any command. */
enum flow exec_cond(struct shell *sh, const struct node *n);

/* After a command that failed, what set -e asks: FLOW_EXIT when errexit
 * is on and not suspended, else FLOW_NEXT. */
enum flow exec_check_errexit(struct shell *sh);

/* A fatal error (XCU 2.8.1) in a non-interactive shell: FLOW_EXIT with
 * status; an interactive shell abandons the command line with
 * FLOW_INTERRUPT (the status stays) and goes on with the next. */
enum flow exec_fatal(struct shell *sh, int status);

/* True if a trap with an action (not default, not ignored) is set,
 * EXIT included: a child that has one must not exec in place. */
bool exec_has_caught_trap(const struct shell *sh);

/* $( ) without a fork (cmdsub.c): when body can run in the shell itself
 * with no difference from a forked child, runs it with its output
 * appended to out, sets *status and sh->status, and returns true;
 * otherwise does nothing and returns false. */
struct strbuf;
bool exec_cmdsub_nofork(struct shell *sh, const struct node *body,
	struct strbuf *out, int *status);

/* The first stage of a foreground pipeline without a fork (cmdsub.c):
 * when cmd is one echo, printf (literal format, no widths), true, false
 * or ':' that can run in the shell with no difference from a forked
 * child, runs it with its output appended to out (bounded by its
 * arguments), sets *status and returns true; otherwise does nothing and
 * returns false. */
bool exec_stage_nofork(struct shell *sh, const struct node *cmd,
	struct strbuf *out, int *status);

/* In a forked child that ran shell code: leave with sh->status. */
_Noreturn void exec_child_exit(struct shell *sh);

#endif

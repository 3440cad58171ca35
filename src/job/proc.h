/* The one place the shell starts processes: fork for a child that runs
 * shell code, vfork and exec (proc_spawn) for one that only execs. */
#ifndef COSH_JOB_PROC_H
#define COSH_JOB_PROC_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct shell;
struct job;

enum proc_mode {
	PROC_EXEC,	/* the child will exec: reset every disposition */
	PROC_SUBSHELL,	/* the child runs shell code: a subshell of its own */
};

/* Forks a child that joins job j.  With job control (monitor mode, not in a
 * subshell) the child goes into j's process group (a new one led by the
 * first child), from both sides, and a foreground job is given the
 * terminal from both sides too.  Signals the shell catches are blocked
 * across the fork; the child resets dispositions (keeping 'trap ""'
 * ignores), clears its mask and, when async and without job control,
 * ignores SIGINT and SIGQUIT (XCU 2.11).  Returns the pid in the parent
 * (recorded in j), 0 in the child, -1 on failure (message printed). */
pid_t proc_fork(struct shell *sh, struct job *j, enum proc_mode mode,
	bool foreground, bool async);

/* True when this shell runs jobs in their own process groups. */
bool proc_job_control(const struct shell *sh);

/* One redirection as the spawned child performs it, in order, between
 * vfork and execve: no shell code, only system calls. */
enum spawn_op {
	SPAWN_OPEN,	/* open(path, oflags) onto fd */
	SPAWN_DUP,	/* dup2(src, fd); with move, close(src) after */
	SPAWN_CLOSE,	/* close(fd) */
};

struct spawn_action {
	enum spawn_op op;
	int fd;
	int src;
	bool move;
	int oflags;
	const char *path;	/* borrowed: the redirection's expanded word */
};

/* What proc_spawn starts.  Everything is borrowed for the call. */
struct spawn_req {
	const char *name;	/* argv[0] as the user wrote it, for messages */
	const char *path;	/* what execve gets: found on PATH, or name */
	char **argv;
	char *const *envp;
	int in, out;		/* pipe ends for stdin and stdout, or -1 */
	const struct spawn_action *acts;	/* the command's redirections */
	size_t nacts;
	bool foreground;
	bool async;
	bool first;		/* the first stage of its job (async: stdin) */
};

enum spawn_result {
	SPAWN_STARTED,	/* the child is in j: running, or already exited
			 * with 1, 126 or 127 after a failed redirection or
			 * exec, whose message the shell printed */
	SPAWN_USE_FORK,	/* not started (this system, a script without
			 * "#!", a failure whose message belongs on a
			 * redirected stderr): run the fork path instead */
	SPAWN_ERROR,	/* vfork failed: message printed */
};

/* Starts req as a process of j with vfork and execve, and the same
 * guarantees as proc_fork: process group and terminal from both sides,
 * every signal blocked from before the vfork until the child has reset
 * the dispositions the shell caught ('trap ""' ignores kept, SIGINT and
 * SIGQUIT ignored for an async job without job control), a group signal
 * that the fork hid from the child passed on to it.  The child runs no
 * shell code.  *pid gets the child's pid when started. */
enum spawn_result proc_spawn(struct shell *sh, struct job *j,
	const struct spawn_req *req, pid_t *pid);

/* A foreground launch keeps every signal blocked from before its first
 * process until job_run_fg sleeps in sig_wait: proc_fork and proc_spawn
 * then neither block nor unblock, and the wait does not block again.  A
 * signal that comes meanwhile is held by the kernel and handled in that
 * sig_wait (and passed on to each later stage of a pipeline that did
 * not exist when it came).  proc_hold_signals blocks (idempotent);
 * proc_take_held gives the mask to restore and ends the hold (false if
 * none); proc_release_signals ends it by restoring that mask (the launch
 * failed before its wait). */
void proc_hold_signals(void);
bool proc_take_held(sigset_t *old);
void proc_release_signals(void);

/* False when this process cannot use proc_spawn (under valgrind, whose
 * vfork is a fork; or COSH_NOSPAWN set in the environment at start-up,
 * which the tests use to run the fork path). */
bool proc_can_spawn(void);

#endif

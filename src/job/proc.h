/* The one place the shell forks. */
#ifndef COSH_JOB_PROC_H
#define COSH_JOB_PROC_H

#include <stdbool.h>
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

#endif

/* The job table.  Every child the shell waits for belongs to a job: a
 * pipeline, an asynchronous list, a subshell, a command substitution (a
 * hidden job, never listed).  The table is updated only from sig_dispatch /
 * job_reap at safe points, never from a signal handler.
 *
 * Vocabulary from the glibc manual: launch (exec/pipeline.c), put in the
 * foreground (job_wait_fg), continue (job_continue), notify (job_notify). */
#ifndef COSH_JOB_JOB_H
#define COSH_JOB_JOB_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <termios.h>

struct shell;

enum proc_state {
	PROC_RUNNING,
	PROC_STOPPED,
	PROC_DONE,
};

struct process {
	pid_t pid;
	enum proc_state state;
	int wstatus;		/* raw status from waitpid, valid when not running */
};

enum job_state {
	JOB_RUNNING,
	JOB_STOPPED,
	JOB_DONE,
};

struct job {
	int id;			/* %n; 0 for hidden jobs */
	pid_t pgid;		/* 0 until the first process exists (or without job control) */
	struct process *procs;
	size_t nprocs;
	char *text;		/* the command, printed from the AST; owned */
	bool hidden;		/* command substitution: not listed, not notified */
	bool foreground;	/* was started (or last continued) in the foreground */
	bool notified;		/* its last state change was reported */
	bool waited;		/* its status was collected by wait or fg */
	bool has_tmodes;
	struct termios tmodes;	/* its terminal modes when it stopped */
	unsigned long seq;	/* order of use, for %+ and %- */
};

/* Invariants: procs[i].pid are distinct and > 0; a job is JOB_DONE when
 * every process is PROC_DONE, JOB_STOPPED when none runs and one is stopped. */

struct jobs;

struct jobs *jobs_create(void);
void jobs_destroy(struct jobs *js);
/* In a forked subshell: forget the parent's jobs (they are not ours). */
void jobs_clear(struct jobs *js);

/* A new job with no processes yet; text is copied. */
struct job *job_create(struct shell *sh, const char *text, bool hidden);
void job_add_process(struct job *j, pid_t pid);
/* Removes the job from the table and frees it. */
void job_remove(struct shell *sh, struct job *j);

enum job_state job_state(const struct job *j);
/* The exit status of a finished or stopped job: that of its last process
 * (128+n for a signal, 128+stop signal if stopped; with pipefail the last
 * non-zero one). */
int job_status(const struct shell *sh, const struct job *j);
/* The signal that killed the last process, or 0. */
int job_term_signal(const struct job *j);

/* Reaps every child that changed state, without blocking, and updates the
 * table.  Returns true if anything changed.  Called by sig_dispatch and the
 * wait loops. */
bool job_reap(struct shell *sh);

/* Waits until j is done or stopped, with trapped signals deferred (they
 * act after the job ends).  With job control, gives j the terminal first
 * and takes it back after.  Returns job_status and leaves a finished job in
 * the table (the caller removes it). */
int job_wait_fg(struct shell *sh, struct job *j);

/* Waits for j to finish (the wait builtin): returns its status, or
 * 128+n if a trapped signal n arrived first (then the trap has run).  A
 * stopped job ends the wait too (it cannot finish by itself). */
int job_wait_bg(struct shell *sh, struct job *j);

/* Sends SIGCONT to j (in the foreground: job_wait_fg follows). */
bool job_continue(struct shell *sh, struct job *j, bool foreground);

/* Reports background jobs that changed state and were not yet reported,
 * to stderr, and forgets finished ones.  Called before a prompt. */
void job_notify(struct shell *sh);
/* True if job_notify would print something now (set -b at the prompt). */
bool jobs_have_news(struct shell *sh);

/* Looks up a job spec (%n %+ %% %- %string %?string; a plain number is
 * not a spec).  NULL with *err set to a message on failure. */
struct job *job_find_spec(struct shell *sh, const char *spec, const char **err);
struct job *job_find_pid(struct shell *sh, pid_t pid);
/* job_find_spec for a builtin: spec NULL means the current job.  When
 * there is none, prints "cosh: WHO: SPEC: REASON" (or "cosh: WHO: no
 * current job") and returns NULL. */
struct job *job_resolve(struct shell *sh, const char *who, const char *spec);
/* The current (%+) and previous (%-) jobs, or NULL. */
struct job *job_current(struct shell *sh);
struct job *job_previous(struct shell *sh);
/* Visible jobs in id order; returns the count and sets *out to an array
 * the caller frees (the jobs themselves stay the table's). */
size_t jobs_list(struct shell *sh, struct job ***out);
/* True if some job is stopped (for the exit warning). */
bool jobs_any_stopped(struct shell *sh);
/* Sends sig to every job's group (and SIGCONT to stopped ones). */
void jobs_signal_all(struct shell *sh, int sig);

/* Formats one "jobs" line ("[1]+  Running    sleep 10 &"), long adds pids. */
struct strbuf;
void job_format(struct shell *sh, struct strbuf *out, struct job *j, bool long_form);

#endif

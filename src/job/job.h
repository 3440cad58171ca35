/* The job table.  Every child the shell waits for belongs to a job: a
 * pipeline, an asynchronous list, a subshell, a command substitution (a
 * hidden job, never listed).  The table is updated only from sig_dispatch /
 * job_reap at safe points, never from a signal handler.
 *
 * Vocabulary from the glibc manual: launch (exec/pipeline.c), put in the
 * foreground (job_run_fg), continue (job_continue), notify (job_notify).
 *
 * This module also holds the one safe point (sig_dispatch) and the rule of
 * "wait and cooperative exit" (DESIGN.md section 5), which lives with the
 * foreground wait: src/sig/ below it only records signals. */
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
	bool just_stopped;	/* stopped in the reap under way (job_reap) */
};

/* Invariants: procs[i].pid are distinct and > 0 (but the 0 of
 * job_add_done); a job is JOB_DONE when every process is PROC_DONE,
 * JOB_STOPPED when none runs and one is stopped. */

struct jobs;

struct jobs *jobs_create(void);
void jobs_destroy(struct jobs *js);
/* In a new child: the table starts empty.  The parent's jobs are set
 * aside, not freed: freeing hundreds of them would write to every page
 * they lie on, a copy-on-write fault each, in every child. */
void jobs_forget(struct jobs *js);

/* A new job with no processes yet; text is copied. */
struct job *job_create(struct shell *sh, const char *text, bool hidden);
void job_add_process(struct job *j, pid_t pid);
/* A stage that ran in the shell itself (exec_stage_nofork): done, with
 * exit status status, and no process (pid 0, which nothing signals:
 * every loop that sends one skips what is done). */
void job_add_done(struct job *j, int status);
/* Removes the job from the table and frees it. */
void job_remove(struct shell *sh, struct job *j);

enum job_state job_state(const struct job *j);
/* The exit status of a finished or stopped job: that of its last process
 * (128+n for a signal, 128+stop signal if stopped; with pipefail the last
 * non-zero one). */
int job_status(const struct shell *sh, const struct job *j);
/* The signal that killed the last process, or 0. */
int job_term_signal(const struct job *j);
/* If j's last process died of a signal other than SIGINT and SIGPIPE
 * (and j is not hidden), writes the signal's description to stderr
 * ("Hangup", "Killed (core dumped)"): for a foreground job, and for a job
 * that wait named. */
void job_report_death(const struct job *j);

/* Reaps every child that changed state, without blocking, and updates the
 * table.  Returns true if anything changed.  Called by sig_dispatch and the
 * wait loops. */
bool job_reap(struct shell *sh);
/* If a SIGCHLD came, reaps (job_reap) and, when CHLD is trapped, marks
 * its trap due for the next safe point (sig_dispatch). */
void job_take_children(struct shell *sh);

/* The safe point (DESIGN.md section 3): drains the self-pipe, reaps every
 * child into the table, runs the actions of pending traps and applies the
 * shell's own disposition to the untrapped signals it caught.  Returns
 * FLOW_EXIT (a trap action called exit), FLOW_INTERRUPT (Ctrl-C at an
 * interactive shell with no job in front, status 130, or inside a trap
 * action) or FLOW_NEXT; every caller acts on it.  *trapped (if not NULL)
 * gets the last signal whose trap ran, 0 if none.  An untrapped SIGINT or
 * SIGQUIT kills a non-interactive shell here, SIGHUP an interactive one
 * (after its jobs).  Cheap when nothing is pending.  Call with the shell's
 * normal signal mask, never from a handler. */
enum flow sig_dispatch(struct shell *sh, int *trapped);

/* The terminal hung up: SIGHUP (and SIGCONT) to every job, then the shell
 * dies of SIGHUP after its EXIT trap. */
_Noreturn void jobs_hang_up(struct shell *sh);

/* Runs j in the foreground until it ends or stops, and reports it: the one
 * path of a pipeline, a simple command, fg and %n.  With job control on a
 * terminal, j gets the terminal (and with resume its saved modes) before
 * it is continued, and the shell takes the terminal back after.  resume:
 * j is stopped and gets SIGCONT.  Sets sh->status (128+n for a signal); a
 * stopped job is reported (interactive) and kept, a finished one leaves
 * the table.  Applies DESIGN.md section 5 to SIGINT and SIGQUIT: a script
 * that must stop dies here; an interactive shell returns FLOW_INTERRUPT
 * when the job died of SIGINT or SIGQUIT (or the shell took one for
 * itself), so that the whole command line is abandoned.  Otherwise
 * FLOW_NEXT.  Trapped signals stay pending for the next safe point. */
enum flow job_run_fg(struct shell *sh, struct job *j, bool resume);

/* Waits for j to finish (the wait builtin), *status its status.  Returns
 * what the safe point said when a signal came first: FLOW_NEXT with
 * *status 128+n after the trap for n ran (the job stays in the table), or
 * FLOW_EXIT / FLOW_INTERRUPT.  A stopped job ends the wait too (it cannot
 * finish by itself). */
enum flow job_wait_bg(struct shell *sh, struct job *j, int *status);

/* Sends SIGCONT to j's group and marks it running (bg; job_run_fg with
 * resume for fg).  False, with a message, if it is gone. */
bool job_continue(struct shell *sh, struct job *j);

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

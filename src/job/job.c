/* The job table and the wait loops.
 *
 * Waiting never does "check, then sleep": every wait loop blocks the
 * signals the shell catches, reaps and checks, and only then sleeps in
 * sig_wait (sigwaitinfo on what the old mask let in), which takes a
 * pending signal at once; a SIGCHLD that lands between the check and the
 * sleep ends it.  The signal is taken, not delivered: no handler runs,
 * one system call fewer per wake-up than sigsuspend. */
#include "job/job.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "job/proc.h"
#include "job/tty.h"
#include "shell.h"
#include "sig/signal.h"
#include "sig/trap.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

struct jobs {
	struct job **v;		/* in creation order */
	size_t n, cap;
	unsigned long seq;	/* last sequence number handed out */
	/* In a child: the parent's table, set aside by jobs_forget. */
	struct job **parked;
	size_t nparked;
};

/* Processes of the table that have not ended (running or stopped): when
 * a reap ends the last of them, it does not ask waitpid once more only to
 * hear that there is nothing left.  Per process: a subshell forgets its
 * parent's (jobs_forget). */
static size_t live_procs;

static void forget_live(const struct job *j)
{
	for (size_t i = 0; i < j->nprocs; i++)
		if (j->procs[i].state != PROC_DONE && live_procs > 0)
			live_procs--;
}

/* How many finished, uncollected jobs the table keeps. */
enum { JOBS_KEEP_DONE = 4096 };

/* Without a SIGCHLD handler (sig_chld_caught), how many children may be
 * left unreaped before a new job reaps them all at once. */
enum { REAP_BATCH = 64 };

struct jobs *jobs_create(void)
{
	return xcalloc(1, sizeof(struct jobs));
}

static void job_free(struct job *j)
{
	free(j->procs);
	free(j->text);
	free(j);
}

static void jobs_clear(struct jobs *js)
{
	for (size_t i = 0; i < js->n; i++)
		job_free(js->v[i]);
	js->n = 0;
	live_procs = 0;
}

static void free_parked(struct jobs *js)
{
	for (size_t i = 0; i < js->nparked; i++)
		job_free(js->parked[i]);
	free(js->parked);
	js->parked = NULL;
	js->nparked = 0;
}

void jobs_forget(struct jobs *js)
{
	/* A subshell of a subshell: the grandparent's go now (rare, and
	 * one level is kept reachable that way). */
	free_parked(js);
	js->parked = js->v;
	js->nparked = js->n;
	js->v = NULL;
	js->n = js->cap = 0;
	live_procs = 0;
}

void jobs_destroy(struct jobs *js)
{
	if (!js)
		return;
	jobs_clear(js);
	free_parked(js);
	free(js->v);
	free(js);
}

struct job *job_create(struct shell *sh, const char *text, bool hidden)
{
	struct jobs *js = sh->jobs;
	/* Nobody reaps a script's background children as they end: a
	 * script that never waits must not fill the process table with
	 * them. */
	if (live_procs >= REAP_BATCH && !sig_chld_caught())
		job_reap(sh);
	struct job *j = xcalloc(1, sizeof *j);
	j->text = xstrdup(text ? text : "");
	j->hidden = hidden;
	if (!hidden) {
		int max = 0;
		size_t done = 0;
		struct job *oldest_done = NULL;
		for (size_t i = 0; i < js->n; i++) {
			struct job *o = js->v[i];
			if (o->id > max)
				max = o->id;
			if (!o->hidden && o->nprocs && job_state(o) == JOB_DONE) {
				if (!oldest_done)
					oldest_done = o;
				done++;
			}
		}
		/* A script that starts background jobs and never waits keeps
		 * their statuses for a later wait (XCU 2.9.3.1 asks for at
		 * least CHILD_MAX of them), but not without bound. */
		if (done >= JOBS_KEEP_DONE)
			job_remove(sh, oldest_done);
		j->id = max + 1;
	}
	j->seq = ++js->seq;
	if (js->n == js->cap) {
		js->cap = js->cap ? js->cap * 2 : 16;
		js->v = xrealloc(js->v, js->cap * sizeof *js->v);
	}
	js->v[js->n++] = j;
	return j;
}

static void add_proc(struct job *j, pid_t pid, enum proc_state state, int wstatus)
{
	j->procs = xrealloc(j->procs, (j->nprocs + 1) * sizeof *j->procs);
	j->procs[j->nprocs].pid = pid;
	j->procs[j->nprocs].state = state;
	j->procs[j->nprocs].wstatus = wstatus;
	j->nprocs++;
}

void job_add_process(struct job *j, pid_t pid)
{
	add_proc(j, pid, PROC_RUNNING, 0);
	live_procs++;
}

void job_add_done(struct job *j, int status)
{
	add_proc(j, 0, PROC_DONE, (status & 0xff) << 8);	/* exited */
}

void job_remove(struct shell *sh, struct job *j)
{
	struct jobs *js = sh->jobs;
	for (size_t i = 0; i < js->n; i++) {
		if (js->v[i] == j) {
			memmove(&js->v[i], &js->v[i + 1], (js->n - i - 1) * sizeof *js->v);
			js->n--;
			break;
		}
	}
	forget_live(j);
	job_free(j);
}

enum job_state job_state(const struct job *j)
{
	bool stopped = false;
	for (size_t i = 0; i < j->nprocs; i++) {
		if (j->procs[i].state == PROC_RUNNING)
			return JOB_RUNNING;
		if (j->procs[i].state == PROC_STOPPED)
			stopped = true;
	}
	return stopped ? JOB_STOPPED : JOB_DONE;
}

static int proc_status(const struct process *p)
{
	int ws = p->wstatus;
	if (p->state == PROC_STOPPED)
		return 128 + WSTOPSIG(ws);
	if (WIFSIGNALED(ws))
		return 128 + WTERMSIG(ws);
	if (WIFEXITED(ws))
		return WEXITSTATUS(ws);
	return 0;
}

int job_status(const struct shell *sh, const struct job *j)
{
	if (j->nprocs == 0)
		return 0;
	if (job_state(j) == JOB_STOPPED) {
		for (size_t i = j->nprocs; i-- > 0;)
			if (j->procs[i].state == PROC_STOPPED)
				return proc_status(&j->procs[i]);
	}
	if (sh->opts[OPT_PIPEFAIL]) {
		for (size_t i = j->nprocs; i-- > 0;) {
			int st = proc_status(&j->procs[i]);
			if (st != 0)
				return st;
		}
		return 0;
	}
	return proc_status(&j->procs[j->nprocs - 1]);
}

int job_term_signal(const struct job *j)
{
	if (j->nprocs == 0)
		return 0;
	const struct process *p = &j->procs[j->nprocs - 1];
	if (p->state == PROC_DONE && WIFSIGNALED(p->wstatus))
		return WTERMSIG(p->wstatus);
	return 0;
}

static struct process *find_process(struct shell *sh, pid_t pid, struct job **jp)
{
	struct jobs *js = sh->jobs;
	/* Newest first: the job being waited for is usually the last. */
	for (size_t i = js->n; i-- > 0;) {
		struct job *j = js->v[i];
		for (size_t k = 0; k < j->nprocs; k++) {
			if (j->procs[k].pid == pid) {
				*jp = j;
				return &j->procs[k];
			}
		}
	}
	return NULL;
}

bool job_reap(struct shell *sh)
{
	bool changed = false;
	for (;;) {
		int ws;
		pid_t pid = waitpid(-1, &ws, WNOHANG | WUNTRACED | WCONTINUED);
		if (pid < 0 && errno == EINTR)
			continue;
		if (pid <= 0)
			break;
		struct job *j;
		struct process *p = find_process(sh, pid, &j);
		if (!p)
			continue;	/* not ours to track (a child of exec'd code) */
		if (WIFSTOPPED(ws)) {
			p->state = PROC_STOPPED;
			p->wstatus = ws;
		} else if (WIFCONTINUED(ws)) {
			p->state = PROC_RUNNING;
		} else {
			if (p->state != PROC_DONE && live_procs > 0)
				live_procs--;
			p->state = PROC_DONE;
			p->wstatus = ws;
		}
		enum job_state st = job_state(j);
		if (st != JOB_RUNNING) {
			j->notified = false;
			if (st == JOB_STOPPED)
				j->just_stopped = true;
		}
		changed = true;
		/* The last of ours ended: waitpid would only say 0 or
		 * ECHILD.  (A child that is not ours, inherited through
		 * exec, is reaped by the next reap that has something to
		 * do.) */
		if (live_procs == 0 && p->state == PROC_DONE)
			break;
	}
	/* The jobs that stopped in this reap become the most recent, in the
	 * order of their numbers, not in the order waitpid happened to
	 * report them: %+ and %- are the same whoever's SIGCHLD came first
	 * (kill -STOP %1 %2 makes %2 the current job and %1 the previous). */
	struct jobs *js = sh->jobs;
	for (size_t i = 0; i < js->n; i++) {
		if (js->v[i]->just_stopped) {
			js->v[i]->just_stopped = false;
			js->v[i]->seq = ++js->seq;
		}
	}
	return changed;
}

/* Without a SIGCHLD handler (sig_chld_caught), a SIGCHLD that came while
 * the signals were open is gone: a wait that starts then looks once. */
static void reap_unheard(struct shell *sh)
{
	if (!sig_chld_caught())
		job_reap(sh);
}

void job_take_children(struct shell *sh)
{
	if (!sig_take(SIGCHLD))
		return;
	job_reap(sh);
	/* A trap on it still has to run: the signal stays pending for the
	 * next safe point (sig_dispatch), whichever wait loop took it. */
	if (sig_has_action(sh, SIGCHLD))
		sig_requeue(SIGCHLD);
}

/* True if some process of j died of a signal. */
static bool job_killed(const struct job *j)
{
	for (size_t i = 0; i < j->nprocs; i++)
		if (j->procs[i].state == PROC_DONE && WIFSIGNALED(j->procs[i].wstatus))
			return true;
	return false;
}

/* True if pid is one of j's processes, or in j's own process group. */
static bool job_has_member(const struct job *j, pid_t pid)
{
	if (pid <= 0)
		return false;
	for (size_t i = 0; i < j->nprocs; i++)
		if (j->procs[i].pid == pid)
			return true;
	return j->pgid > 0 && j->pgid != getpgrp() && getpgid(pid) == j->pgid;
}

/* What the foreground wait learnt about the signals that reached the
 * shell itself while its job ran, for the rule of DESIGN.md section 5. */
struct fg_wait {
	/* The premise of the rule (the signal reached the shell and its job
	 * together) cannot hold: the job runs in a group of its own on a
	 * terminal, which never sends the shell a signal meant for it. */
	bool own_group_on_tty;
	bool from_job[NSIG];	/* sent by a process of the job itself */
	bool late[NSIG];	/* came after the job had ended */
};

/* One arrival of signo while the foreground job j runs, signals blocked.
 * Forwarding and sigtrace's "deferred" happen now, as signals arrive; the
 * rest waits for the job's end. */
static void fg_arrival(struct shell *sh, struct fg_wait *w, const struct job *j, int signo)
{
	if (signo <= 0 || signo >= NSIG || signo == SIGCHLD)
		return;
	const char *why = sig_ignore_reason(sh, signo);
	if (why) {
		sig_take(signo);
		sig_trace(sh, signo, "%s", why);
		return;
	}
	bool action = sig_has_action(sh, signo);
	if (signo == SIGHUP && shell_is_interactive(sh) && !action) {
		/* The terminal is gone: no point waiting for the job.
		 * Every job hears of it (stopped ones get SIGCONT too) and
		 * the shell leaves now. */
		sig_take(signo);
		jobs_hang_up(sh);
	}
	if (sig_is_pending(signo) && job_has_member(j, sig_sender(signo)))
		w->from_job[signo] = true;
	if (sig_is_forwarding(sh) && sig_is_forwarded(signo) && j->pgid > 0
	    && j->pgid != getpgrp()) {
		/* Now, not at the next safe point: the job is what the
		 * sender meant to reach (a terminal would have delivered it
		 * to the job's group directly). */
		if (killpg(j->pgid, signo) == 0)
			sig_trace(sh, signo, "forwarded to pgrp %ld", (long)j->pgid);
		else
			sig_trace(sh, signo, "not forwarded: pgrp %ld is gone",
				(long)j->pgid);
		/* A stop or a continue is the job's business only; SIGINT
		 * and SIGQUIT stay for the end of the job, SIGTERM and
		 * SIGHUP for the safe point (the shell leaves after the
		 * job). */
		if ((signo == SIGTSTP || signo == SIGCONT) && !action)
			sig_take(signo);
		return;
	}
	if (!sig_is_pending(signo))
		return;
	bool coop = signo == SIGINT || signo == SIGQUIT;
	if (!action && !coop)
		return;
	if (j->id)
		sig_trace(sh, signo, "deferred until job %d ends", j->id);
	else
		sig_trace(sh, signo, "deferred until the command ends");
}

/* Blocks until j is no longer running, handling arrivals as they come.
 * Never "check, then sleep": signals are blocked while the table is
 * checked and taken only inside sig_wait. */
static void wait_fg(struct shell *sh, struct fg_wait *w, struct job *j)
{
	sigset_t old;
	if (!proc_take_held(&old)) {
		sig_block_all(&old);
		reap_unheard(sh);	/* the job was started with them open */
	}
	for (;;) {
		/* Arrivals before the reap, so that a signal that came with
		 * the job's last SIGCHLD is seen too.  One read takes them
		 * all; none when the handler recorded nothing. */
		unsigned char buf[64];
		size_t n;
		do {
			n = sig_arrivals(buf, sizeof buf);
			for (size_t i = 0; i < n; i++)
				fg_arrival(sh, w, j, buf[i]);
		} while (n == sizeof buf);
		/* A child changes state only with a SIGCHLD: none handled
		 * since the last reap (which always follows sig_take) means
		 * nothing to reap, and one that comes now is held and ends
		 * the sig_wait at once. */
		job_take_children(sh);
		if (job_state(j) != JOB_RUNNING)
			break;
		sig_wait(&old);
	}
	/* Still blocked in the kernel now that the job is known to have
	 * ended: the signal came while the shell, awake, was collecting the
	 * job's exit, after it.  (A signal handled in the same wake-up as
	 * the job's SIGCHLD is not classed so: the kernel hands both over in
	 * signal-number order, not in order of arrival, and a command that
	 * handled Ctrl-C and exited must not end the script.)  The handler
	 * tells, as the mask opens: no system call to ask the kernel.  The
	 * pipe is empty: the summary flag stays only for a flag still set (a
	 * trap, a deferred SIGINT), and sig_rearm writes nothing otherwise. */
	sig_settle();
	sig_restore_noting(&old, w->late);
}

/* How a process killed by a signal is described, for the foreground report
 * and for jobs alike: "Killed", "Segmentation fault (core dumped)". */
static void describe_death(struct strbuf *out, const struct process *p)
{
	strbuf_append(out, strsignal(WTERMSIG(p->wstatus)));
	if (WCOREDUMP(p->wstatus))
		strbuf_append(out, " (core dumped)");
}

/* A death by a signal other than SIGINT and SIGPIPE is news to the user
 * (those two are the user's own doing, or a pipeline's normal end):
 * "Killed", "Segmentation fault (core dumped)", as other shells say. */
void job_report_death(const struct job *j)
{
	int sig = job_term_signal(j);
	if (!sig || sig == SIGINT || sig == SIGPIPE || j->hidden)
		return;
	struct strbuf sb = STRBUF_INIT;
	describe_death(&sb, &j->procs[j->nprocs - 1]);
	strbuf_appendc(&sb, '\n');
	write_all(STDERR_FILENO, sb.data, sb.len);
	strbuf_free(&sb);
}

/* After a foreground job ended: DESIGN.md section 5, for the SIGINT and
 * SIGQUIT the shell itself received while it waited, and the prompt's
 * rule for a job that died of one.  Returns the flow that follows; a
 * script that must stop dies here. */
static enum flow after_fg_job(struct shell *sh, const struct fg_wait *w, const struct job *j)
{
	static const int coop[] = { SIGINT, SIGQUIT };
	bool interactive = shell_is_interactive(sh);
	int term = job_term_signal(j);
	enum flow flow = FLOW_NEXT;
	for (size_t i = 0; i < 2; i++) {
		int signo = coop[i];
		if (!sig_is_pending(signo) || sig_ignore_reason(sh, signo))
			continue;	/* the safe point drops an ignored one */
		if (sig_has_action(sh, signo))
			continue;	/* the trap runs at the next safe point */
		sig_take(signo);
		const char *fate;
		bool stop;
		if (w->from_job[signo]) {
			/* The job asked the shell to stop ('kill -INT
			 * $PPID'): nothing to cooperate with. */
			fate = "sent by the job: shell takes it";
			stop = true;
		} else if (w->own_group_on_tty) {
			fate = "job has a group of its own: shell takes it";
			stop = true;
		} else if (term == signo) {
			fate = interactive ? "job died of it too: back to the prompt"
					   : "job died of it too: shell exits by it";
			stop = true;
		} else if (w->late[signo]) {
			fate = "no foreground job: shell exits by it";
			stop = true;
		} else {
			fate = "dropped: the job handled it and exited";
			stop = false;
		}
		sig_trace(sh, signo, "%s", fate);
		if (!stop)
			continue;
		if (!interactive)
			sig_die(sh, signo);
		if (signo == SIGINT) {
			/* An interactive shell's own disposition for SIGINT:
			 * abandon the command line. */
			flow = FLOW_INTERRUPT;
			if (term != signo)
				sh->status = 130;
		}
	}
	if (interactive && (term == SIGINT || term == SIGQUIT)) {
		/* At the prompt the job is in a group of its own and the
		 * shell never sees the keyboard's signal: a job that died of
		 * it counts as the user's interrupt, as if the shell had got
		 * it.  A trap for it runs instead; a command substitution
		 * (no flow to return) leaves it to the next safe point. */
		if (sig_has_action(sh, term) || j->hidden)
			sig_requeue(term);
		else
			flow = FLOW_INTERRUPT;
	}
	return flow;
}

enum flow job_run_fg(struct shell *sh, struct job *j, bool resume)
{
	bool jc = proc_job_control(sh) && sh->tty_fd >= 0 && !j->hidden && j->pgid > 0;
	struct fg_wait w = { .own_group_on_tty = jc && j->pgid != getpgrp() };
	j->foreground = true;
	if (resume) {
		/* The job's modes and the terminal first, SIGCONT last: a
		 * job continued before it owns the terminal (less redrawing
		 * the screen) stops again at once with SIGTTOU. */
		if (jc && j->has_tmodes)
			tty_restore(sh, &j->tmodes);
		if (jc)
			tty_give(sh, j->pgid);
		job_continue(sh, j);
	}
	/* A job just started has the terminal already: proc_fork and
	 * proc_spawn gave it from both sides. */
	wait_fg(sh, &w, j);
	enum job_state st = job_state(j);
	if (jc) {
		if (st == JOB_STOPPED)
			j->has_tmodes = tty_save(sh, &j->tmodes);
		/* A job that stopped or was killed may have left the terminal
		 * raw: the shell's modes go back.  One that ended by itself
		 * leaves what it set on purpose (stty), the editing modes
		 * aside (tty_take). */
		tty_take(sh, st == JOB_STOPPED || job_killed(j));
	}
	int term = job_term_signal(j);
	if (shell_is_interactive(sh) && jc
	    && (st == JOB_STOPPED || term == SIGINT || term == SIGQUIT)) {
		/* The terminal echoed ^Z, ^C or ^\ where the cursor was:
		 * what follows (the report, the prompt) starts on a line of
		 * its own. */
		write_all(STDERR_FILENO, "\n", 1);
	}
	sh->status = job_status(sh, j);
	enum flow flow = FLOW_NEXT;
	if (st == JOB_STOPPED) {
		/* Ctrl-Z: the shell got no signal itself; nothing to apply. */
		j->foreground = false;
		j->notified = false;
		if (shell_is_interactive(sh)) {
			job_notify(sh);
			/* A loop would start its next round in front of the
			 * user who just asked for the terminal back: leave
			 * every loop, as bash does (the rest of the list
			 * still runs). */
			if (sh->loop_depth > 0) {
				sh->flow_count = sh->loop_depth;
				flow = FLOW_BREAK;
			}
		}
	} else {
		job_report_death(j);
		j->waited = true;
		flow = after_fg_job(sh, &w, j);
		job_remove(sh, j);
	}
	sig_rearm();
	return flow;
}

enum flow job_wait_bg(struct shell *sh, struct job *j, int *status)
{
	enum flow flow = FLOW_NEXT;
	sigset_t old;
	sig_block_all(&old);
	reap_unheard(sh);	/* children that ended before the wait */
	for (;;) {
		/* As in wait_fg: nothing more to reap without a SIGCHLD. */
		job_take_children(sh);
		if (job_state(j) != JOB_RUNNING)
			break;
		if (sig_pending()) {
			/* A trapped signal interrupts wait (XCU 2.11), Ctrl-C
			 * at an interactive shell abandons it; an untrapped
			 * SIGINT ends a script here. */
			sig_restore_mask(&old);
			int trapped;
			flow = sig_dispatch(sh, &trapped);
			if (flow != FLOW_NEXT) {
				*status = sh->status;
				return flow;
			}
			/* A CHLD trap runs and the wait goes on, as in bash
			 * (dash returns 128+SIGCHLD after the first child). */
			if (trapped && trapped != SIGCHLD) {
				*status = 128 + trapped;
				return FLOW_NEXT;
			}
			sig_block_all(&old);
			continue;
		}
		sig_wait(&old);
	}
	/* The job's SIGCHLD is handled: its byte goes, and the summary flag
	 * stays only for a signal still to act on (which gets a byte again,
	 * for whoever polls next). */
	unsigned char buf[64];
	while (sig_arrivals(buf, sizeof buf) == sizeof buf)
		;
	sig_settle();
	sig_rearm();
	sig_restore_mask(&old);
	if (job_state(j) == JOB_DONE)
		j->waited = true;
	*status = job_status(sh, j);
	return FLOW_NEXT;
}

bool job_continue(struct shell *sh, struct job *j)
{
	for (size_t i = 0; i < j->nprocs; i++)
		if (j->procs[i].state == PROC_STOPPED)
			j->procs[i].state = PROC_RUNNING;
	j->notified = true;
	int rc;
	if (j->pgid > 0)
		rc = killpg(j->pgid, SIGCONT);
	else {
		rc = 0;
		for (size_t i = 0; i < j->nprocs; i++)
			if (j->procs[i].state != PROC_DONE && kill(j->procs[i].pid, SIGCONT) < 0)
				rc = -1;
	}
	if (rc < 0) {
		/* The job died meanwhile: the reaper will say so. */
		sh_error_errno(NULL, "%%%d: cannot continue", j->id);
		return false;
	}
	if (!j->foreground)
		j->seq = ++sh->jobs->seq;
	return true;
}

/* ---- lookup ---- */

static bool is_listed(const struct job *j)
{
	return !j->hidden;
}

/* %+ is the most recent stopped job, else the most recent one put in the
 * background; %- the next in that order. */
static bool ranks_before(const struct job *a, const struct job *b)
{
	bool sa = job_state(a) == JOB_STOPPED, sb = job_state(b) == JOB_STOPPED;
	if (sa != sb)
		return sa;
	return a->seq > b->seq;
}

static struct job *nth_current(struct shell *sh, int nth)
{
	struct jobs *js = sh->jobs;
	struct job *best[2] = { NULL, NULL };
	for (size_t i = 0; i < js->n; i++) {
		struct job *j = js->v[i];
		if (!is_listed(j) || (j->foreground && job_state(j) == JOB_RUNNING))
			continue;
		if (!best[0] || ranks_before(j, best[0])) {
			best[1] = best[0];
			best[0] = j;
		} else if (!best[1] || ranks_before(j, best[1])) {
			best[1] = j;
		}
	}
	return best[nth];
}

struct job *job_current(struct shell *sh)
{
	return nth_current(sh, 0);
}

struct job *job_previous(struct shell *sh)
{
	return nth_current(sh, 1);
}

struct job *job_find_pid(struct shell *sh, pid_t pid)
{
	struct job *j;
	return find_process(sh, pid, &j) ? j : NULL;
}

struct job *job_find_spec(struct shell *sh, const char *spec, const char **err)
{
	struct jobs *js = sh->jobs;
	*err = NULL;
	if (spec[0] != '%') {
		*err = "not a job spec";
		return NULL;
	}
	const char *s = spec + 1;
	struct job *found = NULL;
	if (*s == '\0' || strcmp(s, "%") == 0 || strcmp(s, "+") == 0) {
		found = job_current(sh);
	} else if (strcmp(s, "-") == 0) {
		found = job_previous(sh);
	} else if (*s >= '0' && *s <= '9') {
		char *end;
		long id = strtol(s, &end, 10);
		if (*end) {
			*err = "no such job";
			return NULL;
		}
		for (size_t i = 0; i < js->n; i++)
			if (is_listed(js->v[i]) && js->v[i]->id == id)
				found = js->v[i];
	} else {
		bool contains = *s == '?';
		if (contains)
			s++;
		size_t len = strlen(s);
		for (size_t i = 0; i < js->n; i++) {
			struct job *j = js->v[i];
			if (!is_listed(j))
				continue;
			bool match = contains ? strstr(j->text, s) != NULL
					      : strncmp(j->text, s, len) == 0;
			if (!match)
				continue;
			if (found) {
				*err = "ambiguous job spec";
				return NULL;
			}
			found = j;
		}
	}
	if (!found)
		*err = "no such job";
	return found;
}

struct job *job_resolve(struct shell *sh, const char *who, const char *spec)
{
	const char *err;
	struct job *j;
	if (!spec) {
		j = job_current(sh);
		if (!j)
			sh_error(who, "no current job");
		return j;
	}
	j = job_find_spec(sh, spec, &err);
	if (!j)
		sh_error(who, "%s: %s", spec, err);
	return j;
}

size_t jobs_list(struct shell *sh, struct job ***out)
{
	struct jobs *js = sh->jobs;
	struct job **v = xmalloc((js->n + 1) * sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < js->n; i++)
		if (is_listed(js->v[i]))
			v[n++] = js->v[i];
	*out = v;
	return n;
}

bool jobs_any_stopped(struct shell *sh)
{
	struct jobs *js = sh->jobs;
	for (size_t i = 0; i < js->n; i++)
		if (is_listed(js->v[i]) && job_state(js->v[i]) == JOB_STOPPED)
			return true;
	return false;
}

void jobs_signal_all(struct shell *sh, int sig)
{
	struct jobs *js = sh->jobs;
	for (size_t i = 0; i < js->n; i++) {
		struct job *j = js->v[i];
		if (job_state(j) == JOB_DONE)
			continue;
		if (j->pgid > 0 && j->pgid != getpgrp()) {
			killpg(j->pgid, sig);
			if (job_state(j) == JOB_STOPPED)
				killpg(j->pgid, SIGCONT);
		} else {
			for (size_t k = 0; k < j->nprocs; k++)
				if (j->procs[k].state != PROC_DONE)
					kill(j->procs[k].pid, sig);
		}
	}
}

/* ---- reporting ---- */

static void describe_state(struct strbuf *out, const struct job *j)
{
	const struct process *last = &j->procs[j->nprocs - 1];
	switch (job_state(j)) {
	case JOB_RUNNING:
		strbuf_append(out, "Running");
		break;
	case JOB_STOPPED:
		for (size_t i = 0; i < j->nprocs; i++) {
			if (j->procs[i].state == PROC_STOPPED) {
				int sig = WSTOPSIG(j->procs[i].wstatus);
				if (sig == SIGTSTP || sig == SIGSTOP)
					strbuf_append(out, "Stopped");
				else
					strbuf_appendf(out, "Stopped (SIG%s)", sig_name(sig));
				break;
			}
		}
		break;
	case JOB_DONE:
		if (WIFSIGNALED(last->wstatus)) {
			describe_death(out, last);
		} else if (WEXITSTATUS(last->wstatus)) {
			strbuf_appendf(out, "Done(%d)", WEXITSTATUS(last->wstatus));
		} else {
			strbuf_append(out, "Done");
		}
		break;
	}
}

void job_format(struct shell *sh, struct strbuf *out, struct job *j, bool long_form)
{
	char mark = ' ';
	if (j == job_current(sh))
		mark = '+';
	else if (j == job_previous(sh))
		mark = '-';
	strbuf_appendf(out, "[%d]%c ", j->id, mark);
	if (long_form && j->nprocs)
		strbuf_appendf(out, "%ld ", (long)j->procs[0].pid);
	size_t start = out->len;
	describe_state(out, j);
	size_t width = out->len - start;
	for (; width < 24; width++)
		strbuf_appendc(out, ' ');
	strbuf_appendc(out, ' ');
	strbuf_append(out, j->text);
	if (job_state(j) == JOB_RUNNING && !j->foreground)
		strbuf_append(out, " &");
	strbuf_appendc(out, '\n');
}

bool jobs_have_news(struct shell *sh)
{
	struct jobs *js = sh->jobs;
	for (size_t i = 0; i < js->n; i++) {
		struct job *j = js->v[i];
		enum job_state st = job_state(j);
		if (is_listed(j) && !j->notified && st != JOB_RUNNING
		    && !(st == JOB_DONE && j->foreground))
			return true;
	}
	return false;
}

void job_notify(struct shell *sh)
{
	struct jobs *js = sh->jobs;
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < js->n;) {
		struct job *j = js->v[i];
		enum job_state st = job_state(j);
		if (!is_listed(j) || j->notified || st == JOB_RUNNING) {
			i++;
			continue;
		}
		/* A foreground job that simply finished is not news. */
		if (!(st == JOB_DONE && j->foreground))
			job_format(sh, &sb, j, false);
		j->notified = true;
		if (st == JOB_DONE) {
			job_remove(sh, j);
			continue;
		}
		i++;
	}
	if (sb.len)
		write_all(STDERR_FILENO, sb.data, sb.len);
	strbuf_free(&sb);
}

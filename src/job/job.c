/* The job table and the wait loops.
 *
 * Waiting never does "check, then sleep": every wait loop blocks the
 * signals the shell catches, reaps and checks, and only then sleeps in
 * sigsuspend, which unblocks atomically; a SIGCHLD that lands between the
 * check and the sleep is delivered inside sigsuspend and wakes it. */
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
};

/* How many finished, uncollected jobs the table keeps. */
enum { JOBS_KEEP_DONE = 4096 };

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

void jobs_clear(struct jobs *js)
{
	for (size_t i = 0; i < js->n; i++)
		job_free(js->v[i]);
	js->n = 0;
}

void jobs_destroy(struct jobs *js)
{
	if (!js)
		return;
	jobs_clear(js);
	free(js->v);
	free(js);
}

struct job *job_create(struct shell *sh, const char *text, bool hidden)
{
	struct jobs *js = sh->jobs;
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

void job_add_process(struct job *j, pid_t pid)
{
	j->procs = xrealloc(j->procs, (j->nprocs + 1) * sizeof *j->procs);
	j->procs[j->nprocs].pid = pid;
	j->procs[j->nprocs].state = PROC_RUNNING;
	j->procs[j->nprocs].wstatus = 0;
	j->nprocs++;
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
			p->state = PROC_DONE;
			p->wstatus = ws;
		}
		enum job_state st = job_state(j);
		if (st != JOB_RUNNING) {
			j->notified = false;
			if (st == JOB_STOPPED)
				j->seq = ++sh->jobs->seq;
		}
		changed = true;
	}
	return changed;
}

/* True if some process of j died of a signal. */
static bool job_killed(const struct job *j)
{
	for (size_t i = 0; i < j->nprocs; i++)
		if (j->procs[i].state == PROC_DONE && WIFSIGNALED(j->procs[i].wstatus))
			return true;
	return false;
}

int job_wait_fg(struct shell *sh, struct job *j)
{
	bool jc = proc_job_control(sh) && sh->tty_fd >= 0 && !j->hidden;
	j->foreground = true;
	if (jc && j->pgid)
		tty_give(sh, j->pgid);
	sigset_t old;
	sig_block_all(&old);
	for (;;) {
		/* Forwarding (no terminal, set -m) and sigtrace's
		 * "deferred" happen as signals arrive, not after the job;
		 * before the reap, so that a signal that came with the
		 * job's last SIGCHLD is seen too. */
		sig_fg_wakeup(sh, j);
		job_reap(sh);
		if (job_state(j) != JOB_RUNNING)
			break;
		sigsuspend(&old);
	}
	sig_fg_end(sh, j);
	sig_restore_mask(&old);
	enum job_state st = job_state(j);
	if (jc) {
		if (st == JOB_STOPPED)
			j->has_tmodes = tty_save(sh, &j->tmodes);
		/* A job that stopped or was killed may have left the terminal
		 * raw: the shell's modes go back.  One that ended by itself
		 * leaves what it set on purpose (stty), the editing modes
		 * aside (tty_take). */
		tty_take(sh, st == JOB_STOPPED || job_killed(j));
		/* The terminal echoed ^Z or ^C where the cursor was: what
		 * follows (the report, the prompt) starts on a line of its
		 * own. */
		if (shell_is_interactive(sh)
		    && (st == JOB_STOPPED || job_term_signal(j) == SIGINT))
			write_all(STDERR_FILENO, "\n", 1);
	}
	int status = job_status(sh, j);
	if (st == JOB_STOPPED) {
		j->foreground = false;
		j->notified = false;
		/* Ctrl-Z: the shell got no signal itself; nothing to apply. */
	} else {
		j->waited = true;
		sig_after_fg_job(sh, job_term_signal(j));
	}
	return status;
}

int job_wait_bg(struct shell *sh, struct job *j)
{
	sigset_t old;
	sig_block_all(&old);
	for (;;) {
		job_reap(sh);
		if (job_state(j) != JOB_RUNNING)
			break;
		if (sig_pending()) {
			/* A trapped signal interrupts wait (XCU 2.11); an
			 * untrapped SIGINT ends a script here. */
			sig_restore_mask(&old);
			int signo = sig_dispatch(sh);
			if (signo)
				return 128 + signo;
			sig_block_all(&old);
			continue;
		}
		sigsuspend(&old);
	}
	sig_restore_mask(&old);
	if (job_state(j) == JOB_DONE)
		j->waited = true;
	return job_status(sh, j);
}

bool job_continue(struct shell *sh, struct job *j, bool foreground)
{
	if (foreground && j->has_tmodes && sh->tty_fd >= 0)
		tty_restore(sh, &j->tmodes);
	for (size_t i = 0; i < j->nprocs; i++)
		if (j->procs[i].state == PROC_STOPPED)
			j->procs[i].state = PROC_RUNNING;
	j->foreground = foreground;
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
	if (!foreground)
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
			int sig = WTERMSIG(last->wstatus);
			strbuf_append(out, strsignal(sig));
			if (WCOREDUMP(last->wstatus))
				strbuf_append(out, " (core dumped)");
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

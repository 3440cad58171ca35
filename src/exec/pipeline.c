/* Jobs of forked processes: pipelines, subshells, asynchronous lists and
 * command substitutions.  Every process of a pipeline, the last one
 * included, runs in a child (DESIGN.md section 8: else Ctrl-Z and Ctrl-C
 * could not reach it).  One exception, where nothing could reach it: a
 * first stage that is a lone echo, printf, true, false or ':' of a
 * foreground pipeline in a script runs in the shell before the others
 * start (exec_stage_nofork), as a $( ) body does, and its output waits in
 * the pipe. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "builtin/builtin.h"
#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/redir.h"
#include "job/job.h"
#include "job/proc.h"
#include "parse/ast.h"
#include "shell.h"
#include "sig/signal.h"
#include "util/error.h"
#include "util/strbuf.h"

/* Moves fd onto target in a child. */
static void child_dup(int fd, int target)
{
	if (fd == target)
		return;
	while (dup2(fd, target) < 0 && errno == EINTR)
		;
	close(fd);
}

/* In the child: run one stage and leave. */
_Noreturn static void run_stage(struct shell *sh, const struct node *cmd)
{
	enum flow flow = exec_node_flags(sh, cmd, EXEC_NOFORK);
	(void)flow;
	exec_child_exit(sh);
}

static char *job_text(const struct node *whole)
{
	struct strbuf sb = STRBUF_INIT;
	ast_print(&sb, whole);
	return strbuf_finish(&sb);
}

enum flow exec_pipeline(struct shell *sh, const struct node *whole,
	struct node *const *cmds, size_t n, bool async)
{
	/* The text is for 'jobs' and notifications: only worth printing
	 * when someone may see it. */
	bool jc = proc_job_control(sh);	/* asked in the shell: always false in a child */
	char *text = async || jc ? job_text(whole) : NULL;
	struct job *j = job_create(sh, text ? text : "", false);
	free(text);
	int in = -1;
	size_t first = 0;
	/* A first stage that is one echo, printf, true, false or ':' runs
	 * in the shell (exec_stage_nofork).  Output that fits in a pipe's
	 * atomic write goes into a new pipe at once (it cannot block: the
	 * shell holds the read end), which the next stage reads; more is
	 * written by a child that does nothing else (replay), so that the
	 * shell never blocks on a reader and the stage is not run twice. */
	struct strbuf pre = STRBUF_INIT;
	bool replay = false;
	int pre_status;
	if (!async && !jc && n >= 2 && exec_stage_nofork(sh, cmds[0], &pre, &pre_status)) {
		int p[2];
		if (pre.len > PIPE_BUF) {
			replay = true;
		} else if (pipe2(p, O_CLOEXEC) == 0) {
			write_all(p[1], pre.data, pre.len);
			close(p[1]);
			in = p[0];
			job_add_done(j, pre_status);
			first = 1;
		} else {
			sh_error_errno(NULL, "pipe");
			strbuf_free(&pre);
			job_remove(sh, j);
			sh->status = 2;
			return FLOW_NEXT;
		}
	}
	size_t started = 0;
	/* A foreground job: blocked from the first process to the wait's
	 * sig_wait (job/proc.h). */
	if (!async)
		proc_hold_signals();
	for (size_t i = first; i < n; i++) {
		int p[2] = { -1, -1 };
		if (i + 1 < n && pipe2(p, O_CLOEXEC) < 0) {
			sh_error_errno(NULL, "pipe");
			break;
		}
		/* A stage that only runs a program is spawned (no copy of
		 * the shell); anything else runs in a forked subshell. */
		struct spawn_opts so = {
			.in = in, .out = p[1], .foreground = !async,
			.async = async, .first = i == 0,
		};
		pid_t pid;
		switch (replay && i == 0 ? SPAWN_USE_FORK
			: exec_spawn_stage(sh, cmds[i], j, &so, &pid)) {
		case SPAWN_STARTED:
			break;
		case SPAWN_ERROR:
			pid = -1;
			break;
		case SPAWN_USE_FORK:
			pid = proc_fork(sh, j, PROC_SUBSHELL, !async, async);
			break;
		}
		if (pid == 0 && replay && i == 0) {
			close(p[0]);
			child_dup(p[1], STDOUT_FILENO);
			sh->status = pre_status;
			if (!write_all(STDOUT_FILENO, pre.data, pre.len) && sh->status == 0)
				sh->status = 1;
			exec_child_exit(sh);
		}
		if (pid > 0)
			started++;
		if (pid == 0) {
			if (in >= 0)
				child_dup(in, STDIN_FILENO);
			else if (async && !jc && i == 0) {
				/* XCU 2.9.3: without job control an async list
				 * reads /dev/null unless redirected.  Closed
				 * first, the open lands on 0. */
				close(STDIN_FILENO);
				int null = open("/dev/null", O_RDONLY);
				if (null > 0)
					child_dup(null, STDIN_FILENO);
			}
			if (p[1] >= 0) {
				close(p[0]);
				child_dup(p[1], STDOUT_FILENO);
			}
			run_stage(sh, cmds[i]);
		}
		if (in >= 0)
			close(in);
		if (p[1] >= 0)
			close(p[1]);
		in = p[0];
		if (pid < 0) {
			if (in >= 0)
				close(in);
			in = -1;
			break;
		}
	}
	if (in >= 0)
		close(in);
	strbuf_free(&pre);
	if (started == 0) {
		proc_release_signals();
		job_remove(sh, j);
		sh->status = 2;
		return FLOW_NEXT;
	}
	if (async) {
		sh->last_bg = j->procs[j->nprocs - 1].pid;
		j->foreground = false;
		j->notified = true;
		if (shell_is_interactive(sh)) {
			char buf[64];
			int len = snprintf(buf, sizeof buf, "[%d] %ld\n", j->id,
				(long)sh->last_bg);
			write_all(STDERR_FILENO, buf, (size_t)len);
		}
		sh->status = 0;
		return FLOW_NEXT;
	}
	return job_run_fg(sh, j, false);
}

/* $(<file): a substitution that is one input redirection and nothing else
 * gives the file's contents, as in bash, ksh, mksh and zsh (XCU leaves a
 * command of redirections only unspecified here). */
static bool is_file_substitution(const struct node *n)
{
	return n && n->type == NODE_SIMPLE && !n->simple.nargs && !n->simple.nassigns
		&& n->redirs && !n->redirs->next && n->redirs->op == REDIR_IN
		&& n->redirs->fd <= 0;
}

/* In the child of $(<file): the file's bytes to stdout. */
_Noreturn static void cat_redirect(struct shell *sh, const struct node *n)
{
	if (!redir_apply(sh, n->redirs, NULL))
		_exit(1);
	char buf[4096];
	for (;;) {
		ssize_t r = read(STDIN_FILENO, buf, sizeof buf);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			sh_error_errno(NULL, "read");
			_exit(1);
		}
		if (r == 0 || !write_all(STDOUT_FILENO, buf, (size_t)r))
			break;
	}
	_exit(0);
}

static int cmdsub_fork(struct shell *sh, const struct node *body, struct strbuf *out)
{
	sh->cmdsub_count++;
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0) {
		sh_error_errno(NULL, "pipe");
		return sh->status = 2;
	}
	/* A hidden job: it stays in the shell's process group and is never
	 * listed. */
	struct job *j = job_create(sh, "", true);
	pid_t pid = proc_fork(sh, j, PROC_SUBSHELL, false, false);
	if (pid == 0) {
		close(p[0]);
		child_dup(p[1], STDOUT_FILENO);
		if (is_file_substitution(body))
			cat_redirect(sh, body);
		run_stage(sh, body);
	}
	close(p[1]);
	if (pid < 0) {
		close(p[0]);
		job_remove(sh, j);
		return sh->status = 2;
	}
	char buf[4096];
	for (;;) {
		ssize_t r = read(p[0], buf, sizeof buf);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		strbuf_appendn(out, buf, (size_t)r);
	}
	close(p[0]);
	/* No flow to return from an expansion: an interrupt stays pending
	 * for the next safe point (job_run_fg). */
	(void)job_run_fg(sh, j, false);
	return sh->status;
}

int exec_cmdsub(struct shell *sh, const struct node *body, struct strbuf *out)
{
	int status;
	if (exec_cmdsub_nofork(sh, body, out, &status))
		return status;
	/* The child's fd 1 is its pipe: it must not inherit the capture of
	 * a substitution without a fork that this one is nested in. */
	struct capture_state outer = builtin_capture_begin(NULL);
	status = cmdsub_fork(sh, body, out);
	builtin_capture_end(outer);
	return status;
}

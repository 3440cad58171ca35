/* kill [-s sig | -sig | -n num] pid|%job... ; kill -l [status...]
 * A stopped job that is sent a terminating signal also gets SIGCONT, so
 * that it acts on it and dies (DESIGN.md section 4). */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "builtin/builtin.h"
#include "job/job.h"
#include "shell.h"
#include "sig/signal.h"
#include "util/error.h"
#include "util/strbuf.h"

static int list_signals(int argc, char **argv, int i)
{
	struct strbuf out = STRBUF_INIT;
	int status = 0;
	if (i >= argc) {
		for (int s = 1; s <= sig_max(); s++) {
			const char *name = sig_name(s);
			if (name)
				strbuf_appendf(&out, "%s\n", name);
		}
	}
	for (; i < argc; i++) {
		const char *a = argv[i];
		char *end;
		long n = strtol(a, &end, 10);
		if (*a && !*end) {
			/* An exit status names the signal that caused it. */
			if (n > 128)
				n -= 128;
			const char *name = n > 0 && n <= sig_max() ? sig_name((int)n) : NULL;
			if (!name) {
				sh_error("kill", "%s: invalid signal number", a);
				status = 1;
				continue;
			}
			strbuf_appendf(&out, "%s\n", name);
		} else {
			int s = sig_number(a);
			if (s <= 0) {
				sh_error("kill", "%s: invalid signal name", a);
				status = 1;
				continue;
			}
			strbuf_appendf(&out, "%d\n", s);
		}
	}
	if (out.len && !write_all(1, out.data, out.len)) {
		sh_error_errno("kill", "write error");
		status = 1;
	}
	strbuf_free(&out);
	return status;
}

static bool is_terminating(int sig)
{
	return sig != 0 && sig != SIGCONT && sig != SIGSTOP && sig != SIGTSTP
		&& sig != SIGTTIN && sig != SIGTTOU && sig != SIGCHLD
		&& sig != SIGWINCH && sig != SIGURG;
}

static int kill_job(struct shell *sh, struct job *j, int sig, const char *arg)
{
	int rc = 0;
	bool stopped = job_state(j) == JOB_STOPPED;
	if (j->pgid > 0) {
		rc = killpg(j->pgid, sig);
		if (rc == 0 && stopped && is_terminating(sig))
			killpg(j->pgid, SIGCONT);
	} else {
		for (size_t k = 0; k < j->nprocs; k++) {
			if (j->procs[k].state == PROC_DONE)
				continue;
			if (kill(j->procs[k].pid, sig) < 0)
				rc = -1;
			else if (stopped && is_terminating(sig))
				kill(j->procs[k].pid, SIGCONT);
		}
	}
	if (rc < 0) {
		sh_error_errno("kill", "%s", arg);
		return 1;
	}
	(void)sh;
	return 0;
}

int builtin_kill(struct shell *sh, int argc, char **argv)
{
	int sig = SIGTERM;
	int i = 1;
	if (i < argc && (strcmp(argv[i], "-l") == 0 || strcmp(argv[i], "-L") == 0))
		return list_signals(argc, argv, i + 1);
	if (i < argc && (strcmp(argv[i], "-s") == 0 || strcmp(argv[i], "-n") == 0)) {
		if (i + 1 >= argc) {
			sh_error("kill", "%s needs a signal", argv[i]);
			return 2;
		}
		sig = sig_number(argv[i + 1]);
		if (sig < 0) {
			sh_error("kill", "%s: invalid signal", argv[i + 1]);
			return 2;
		}
		i += 2;
	} else if (i < argc && argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "--") != 0) {
		const char *s = argv[i] + 1;
		sig = sig_number(s);
		if (sig < 0) {
			sh_error("kill", "%s: invalid signal", s);
			return 2;
		}
		i++;
	}
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc) {
		sh_error("kill", "usage: kill [-s sig | -sig] pid|%%job... | -l [status]");
		return 2;
	}
	int status = 0;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] == '%') {
			struct job *j = job_resolve(sh, "kill", a);
			if (!j) {
				status = 1;
				continue;
			}
			status |= kill_job(sh, j, sig, a);
			continue;
		}
		char *end;
		errno = 0;
		long pid = strtol(a, &end, 10);
		if (!*a || *end || errno) {
			sh_error("kill", "%s: arguments must be process or job IDs", a);
			status = 1;
			continue;
		}
		if (kill((pid_t)pid, sig) < 0) {
			sh_error_errno("kill", "%s", a);
			status = 1;
		}
	}
	return status;
}

/* wait [pid|%job...]: collect background jobs.  A trapped signal ends the
 * wait with 128+n after its trap ran; the job stays in the table, so a
 * later wait still gives its real status (DESIGN.md section 6). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "builtin/builtin.h"
#include "job/job.h"
#include "shell.h"
#include "util/error.h"

static void remember(struct shell *sh, pid_t pid, int status)
{
	size_t cap = sizeof sh->waited / sizeof sh->waited[0];
	sh->waited[sh->nwaited++ % cap] = (struct waited_pid){ pid, status };
}

/* The status a pid that wait collected before ended with; false if it is
 * not among the remembered ones. */
static bool recall(const struct shell *sh, pid_t pid, int *status)
{
	size_t cap = sizeof sh->waited / sizeof sh->waited[0];
	size_t n = sh->nwaited < cap ? sh->nwaited : cap;
	/* Newest first: a pid the kernel reused is the newer process. */
	for (size_t k = 0; k < n; k++) {
		const struct waited_pid *w = &sh->waited[(sh->nwaited - 1 - k) % cap];
		if (w->pid == pid) {
			*status = w->status;
			return true;
		}
	}
	return false;
}

/* named: the job was an operand.  Only then is a death by a signal
 * reported, as dash and bash do: the script asked for that job. */
static int wait_one(struct shell *sh, struct job *j, bool *interrupted,
	bool named, pid_t pid)
{
	int status;
	enum flow flow = job_wait_bg(sh, j, &status);
	if (flow != FLOW_NEXT) {
		/* The trap that interrupted the wait called exit (its status
		 * is the one the shell leaves with), or Ctrl-C abandons the
		 * line. */
		sh->flow = flow;
		*interrupted = true;
		return status;
	}
	if (job_state(j) == JOB_RUNNING) {
		*interrupted = true;
		return status;
	}
	if (job_state(j) == JOB_DONE) {
		if (named && !shell_is_interactive(sh))
			job_report_death(j);
		if (pid > 0)
			remember(sh, pid, status);
		job_remove(sh, j);
	}
	return status;
}

int builtin_wait(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	bool interrupted = false;
	if (i >= argc) {
		/* Every job, until none runs. */
		for (;;) {
			struct job **v;
			size_t n = jobs_list(sh, &v);
			struct job *next = NULL;
			for (size_t k = 0; k < n && !next; k++)
				if (job_state(v[k]) == JOB_RUNNING)
					next = v[k];
			free(v);
			if (!next)
				break;
			int status = wait_one(sh, next, &interrupted, false, 0);
			if (interrupted)
				return status;
		}
		return 0;
	}
	int status = 0;
	for (; i < argc; i++) {
		struct job *j;
		pid_t pid_operand = 0;
		if (argv[i][0] == '%') {
			j = job_resolve(sh, "wait", argv[i]);
			if (!j) {
				status = 127;
				continue;
			}
		} else {
			char *end;
			errno = 0;
			long pid = strtol(argv[i], &end, 10);
			if (!*argv[i] || *end || errno || pid <= 0) {
				sh_error("wait", "%s: not a pid or valid job spec", argv[i]);
				status = 2;
				continue;
			}
			j = job_find_pid(sh, (pid_t)pid);
			if (!j) {
				/* Already collected by wait: known, with its
				 * status; else not a child of this shell
				 * (XCU wait). */
				if (!recall(sh, (pid_t)pid, &status))
					status = 127;
				continue;
			}
			pid_operand = (pid_t)pid;
		}
		status = wait_one(sh, j, &interrupted, true, pid_operand);
		if (interrupted)
			return status;
	}
	return status;
}

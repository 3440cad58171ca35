/* jobs, fg, bg. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtin/builtin.h"
#include "job/job.h"
#include "job/proc.h"
#include "shell.h"
#include "util/error.h"
#include "util/strbuf.h"

int builtin_jobs(struct shell *sh, int argc, char **argv)
{
	bool long_form = false, pids = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'l')
				long_form = true;
			else if (*p == 'p')
				pids = true;
			else {
				sh_error("jobs", "-%c: invalid option", *p);
				return 2;
			}
		}
	}
	job_reap(sh);
	struct strbuf out = STRBUF_INIT;
	int status = 0;
	struct job **v;
	size_t n;
	if (i < argc) {
		n = 0;
		v = malloc(((size_t)(argc - i) + 1) * sizeof *v);
		for (; i < argc; i++) {
			struct job *j = job_resolve(sh, "jobs", argv[i]);
			if (j)
				v[n++] = j;
			else
				status = 1;
		}
	} else {
		n = jobs_list(sh, &v);
	}
	for (size_t k = 0; k < n; k++) {
		struct job *j = v[k];
		if (pids)
			strbuf_appendf(&out, "%ld\n", (long)(j->pgid ? j->pgid : j->procs[0].pid));
		else
			job_format(sh, &out, j, long_form);
		if (job_state(j) != JOB_RUNNING)
			j->notified = true;
	}
	free(v);
	if (out.len && !write_all(1, out.data, out.len)) {
		sh_error_errno("jobs", "write error");
		status = 1;
	}
	strbuf_free(&out);
	/* Finished jobs, now reported, leave the table. */
	for (;;) {
		size_t m = jobs_list(sh, &v);
		struct job *done = NULL;
		for (size_t k = 0; k < m && !done; k++)
			if (job_state(v[k]) == JOB_DONE && v[k]->notified)
				done = v[k];
		free(v);
		if (!done)
			break;
		job_remove(sh, done);
	}
	return status;
}

static bool need_job_control(struct shell *sh, const char *name)
{
	if (proc_job_control(sh))
		return true;
	sh_error(name, "no job control");
	return false;
}

int builtin_fg(struct shell *sh, int argc, char **argv)
{
	if (!need_job_control(sh, "fg"))
		return 1;
	job_reap(sh);
	const char *spec = argc > 1 ? argv[argc > 2 && strcmp(argv[1], "--") == 0 ? 2 : 1] : NULL;
	if (argv[0][0] == '%')
		spec = argv[0];	/* run as '%n' (src/exec/simple.c) */
	struct job *j = job_resolve(sh, "fg", spec);
	if (!j)
		return 1;
	if (job_state(j) == JOB_DONE) {
		/* It ended before anyone looked: say so, as the next prompt
		 * would have, instead of failing to continue it. */
		sh_error("fg", "%%%d: job has terminated", j->id);
		job_notify(sh);
		return 1;
	}
	struct strbuf out = STRBUF_INIT;
	strbuf_appendf(&out, "%s\n", j->text);
	write_all(1, out.data, out.len);
	strbuf_free(&out);
	sh->flow = job_run_fg(sh, j, true);
	return sh->status;
}

int builtin_bg(struct shell *sh, int argc, char **argv)
{
	if (!need_job_control(sh, "bg"))
		return 1;
	job_reap(sh);
	int status = 0;
	int i = 1;
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	do {
		struct job *j = job_resolve(sh, "bg", i < argc ? argv[i] : NULL);
		if (!j) {
			status = 1;
			continue;
		}
		if (job_state(j) == JOB_DONE) {
			sh_error("bg", "%%%d: job has terminated", j->id);
			status = 1;
			continue;
		}
		j->foreground = false;
		if (!job_continue(sh, j)) {
			status = 1;
			continue;
		}
		struct strbuf out = STRBUF_INIT;
		strbuf_appendf(&out, "[%d] %s &\n", j->id, j->text);
		write_all(1, out.data, out.len);
		strbuf_free(&out);
	} while (++i < argc);
	return status;
}

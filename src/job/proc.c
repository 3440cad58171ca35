/* The single fork point.  Everything a child needs before it runs a line
 * of its own happens here, in an order that closes the races listed in
 * DESIGN.md section 8. */
#include "job/proc.h"

#include <signal.h>
#include <unistd.h>

#include "job/job.h"
#include "job/tty.h"
#include "shell.h"
#include "sig/signal.h"
#include "util/error.h"

bool proc_job_control(const struct shell *sh)
{
	return sh->opts[OPT_MONITOR] && !sh->in_subshell;
}

pid_t proc_fork(struct shell *sh, struct job *j, enum proc_mode mode,
	bool foreground, bool async)
{
	/* A hidden job (command substitution) stays in the shell's group. */
	bool jc = proc_job_control(sh) && !j->hidden;
	sigset_t old;
	/* Blocked across fork: a signal sent to the child the moment it
	 * exists ('kill $!' right after '&') waits until the child has reset
	 * its dispositions, instead of running the shell's handler there or
	 * being discarded by an inherited SIG_IGN. */
	sig_block_all(&old);
	pid_t pid = fork();
	if (pid < 0) {
		sh_error_errno(NULL, "fork");
		sig_restore_mask(&old);
		return -1;
	}
	if (pid == 0) {
		if (jc) {
			/* The child too: whichever of the two runs first puts
			 * it in its group and, in the foreground, gives it the
			 * terminal (SIGTTOU is blocked here). */
			pid_t pgid = j->pgid ? j->pgid : getpid();
			setpgid(0, pgid);
			if (foreground && sh->tty_fd >= 0)
				tcsetpgrp(sh->tty_fd, pgid);
		}
		bool ignore_int = async && !jc;
		sh->in_subshell = true;
		sh->opts[OPT_INTERACTIVE] = false;
		if (mode == PROC_EXEC)
			sig_reset_for_exec(sh, ignore_int);
		else
			sig_enter_subshell(sh, ignore_int);
		jobs_clear(sh->jobs);
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		return 0;
	}
	/* A group signal that came during fork() reached only the parent:
	 * pass it on to the new child (src/sig/signal.c). */
	sig_after_fork(sh, pid, jc);
	if (jc) {
		if (!j->pgid)
			j->pgid = pid;
		/* EACCES (the child already exec'd) and ESRCH (it already
		 * died) are expected when the child won the race. */
		setpgid(pid, j->pgid);
		if (foreground && sh->tty_fd >= 0)
			tty_give(sh, j->pgid);
	}
	job_add_process(j, pid);
	sig_restore_mask(&old);
	return pid;
}

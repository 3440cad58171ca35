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

/* In the parent right after fork, signals still blocked.  A SIGINT or
 * SIGQUIT that the shell holds (caught before the fork, or pending in the
 * kernel because it came while fork ran: Linux gives a group signal sent
 * during fork to the parent alone) reached the shell's group while the
 * child did not exist yet.  The terminal meant it for the child too, so it
 * is sent on (the child has not exec'd yet and dies of it); section 5 then
 * applies as usual.  A child in a group of its own (job control), which a
 * terminal signal for the shell's group never reaches, needs nothing. */
static void pass_on_coop_signals(struct shell *sh, pid_t child, bool own_group)
{
	if (own_group || child <= 0 || shell_is_interactive(sh))
		return;
	static const int coop[] = { SIGINT, SIGQUIT };
	for (size_t i = 0; i < 2; i++) {
		int signo = coop[i];
		if (sig_is_pending(signo) || sig_is_held(signo)) {
			kill(child, signo);
			sig_trace(sh, signo, "came while job was being started: "
				"sent to pid %ld too", (long)child);
		}
	}
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
	pass_on_coop_signals(sh, pid, jc);
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

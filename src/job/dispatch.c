/* The one safe point (DESIGN.md section 3).
 *
 * src/sig/ only records what arrived; this is where the shell acts on it,
 * always from the main flow: between commands, in every wait loop
 * (foreground job, wait, read), at the prompt and before exec.  It drains
 * the self-pipe, reaps every child into the job table, runs the actions of
 * pending traps, applies the shell's own disposition to the untrapped
 * signals it caught, and returns the enum flow that results; every caller
 * acts on what it returns.  It keeps the name the design gives it, though
 * it lives above src/sig/: it composes the signal core, the job table and
 * the traps, which src/sig/ must not know. */
#include "job/job.h"

#include <signal.h>
#include <unistd.h>

#include "input/rl.h"
#include "shell.h"
#include "sig/signal.h"
#include "sig/trap.h"
#include "util/error.h"

_Noreturn void jobs_hang_up(struct shell *sh)
{
	sig_trace(sh, SIGHUP, "hang up the jobs and exit");
	/* The session is over: its history is written first, here in the
	 * main flow, whether the prompt or a job was in front. */
	rl_history_save(sh);
	jobs_signal_all(sh, SIGHUP);
	/* The EXIT trap may wait for jobs of its own: not with every
	 * signal blocked (a wait loop that called us is never resumed). */
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	sig_die(sh, SIGHUP);
}

/* An untrapped signal the shell caught for itself, at a safe point (no
 * foreground job runs).  Returns the flow it asks for. */
static enum flow untrapped(struct shell *sh, int signo)
{
	if (shell_is_interactive(sh)) {
		switch (signo) {
		case SIGINT:
			/* No job in front took it (builtins ran, or wait,
			 * or read): abandon the command line.  The terminal
			 * echoed ^C where the cursor was; the next prompt
			 * starts on a line of its own. */
			sig_take(signo);
			sig_trace(sh, signo, "interrupt: back to the prompt");
			write_all(STDERR_FILENO, "\n", 1);
			sh->status = 130;
			return FLOW_INTERRUPT;
		case SIGHUP:
			sig_take(signo);
			jobs_hang_up(sh);
		default:
			/* SIGWINCH stays for the prompt loop. */
			return FLOW_NEXT;
		}
	}
	sig_take(signo);
	if (signo == SIGINT || signo == SIGQUIT) {
		/* No child in the foreground: it acts at once. */
		sig_trace(sh, signo, "no foreground job: shell exits by it");
		sig_die(sh, signo);
	}
	if (sig_is_forwarding(sh) && (signo == SIGTERM || signo == SIGHUP)) {
		/* The groups the shell made are its responsibility: they
		 * hear of it before the shell goes. */
		sig_trace(sh, signo, "sent to every job: shell exits by it");
		jobs_signal_all(sh, signo);
		sig_die(sh, signo);
	}
	if (sig_is_forwarding(sh) && (signo == SIGTSTP || signo == SIGCONT))
		sig_trace(sh, signo, "ignored (no foreground job)");
	return FLOW_NEXT;
}

enum flow sig_dispatch(struct shell *sh, int *trapped)
{
	if (trapped)
		*trapped = 0;
	if (!sig_pending())
		return FLOW_NEXT;
	sig_drain();
	bool child = sig_take(SIGCHLD);
	if (child)
		job_reap(sh);
	bool again = false;
	enum flow flow = FLOW_NEXT;
	/* SIGCHLD is the shell's own, but a trap on it runs too, after the
	 * reaping (once for the children that changed state since the last
	 * safe point, as in dash; a wait loop that reaped leaves the signal
	 * pending for this, job_take_children). */
	if (child && sig_has_action(sh, SIGCHLD)) {
		if (trap_is_running_for(sh, SIGCHLD)) {
			sig_requeue(SIGCHLD);
			again = true;
		} else {
			sig_trace(sh, SIGCHLD, "trap");
			if (trapped)
				*trapped = SIGCHLD;
			enum flow f = trap_run(sh, SIGCHLD);
			if (f == FLOW_EXIT || f == FLOW_INTERRUPT)
				flow = f;
		}
	}
	for (int signo = 1; signo < NSIG && flow == FLOW_NEXT; signo++) {
		if (signo == SIGCHLD || !sig_is_pending(signo))
			continue;
		if (sig_has_action(sh, signo)) {
			if (trap_is_running_for(sh, signo)) {
				/* Never inside its own action (a flood would
				 * nest without end): it runs again once that
				 * one is over, from the next safe point. */
				again = true;
				continue;
			}
			sig_take(signo);
			sig_trace(sh, signo, "trap");
			if (trapped)
				*trapped = signo;
			enum flow f = trap_run(sh, signo);
			/* 'exit' in the action, or Ctrl-C inside it. */
			if (f == FLOW_EXIT || f == FLOW_INTERRUPT)
				flow = f;
			continue;
		}
		const char *why = sig_ignore_reason(sh, signo);
		if (why) {
			sig_take(signo);
			sig_trace(sh, signo, "%s", why);
			continue;
		}
		flow = untrapped(sh, signo);
	}
	/* A trap inside its own action, or signals after the one that ends
	 * the loop: the next safe point looks again. */
	if (again || flow != FLOW_NEXT)
		sig_keep_pending();
	return flow;
}

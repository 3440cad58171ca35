/* The signal core: the only place that installs signal handlers.  A handler
 * only records (a flag per signal and one byte on a self-pipe); all work
 * happens in sig_dispatch, called at safe points by the main loop, the wait
 * loop and the prompt loop.  See the policy comment at the top of signal.c. */
#ifndef COSH_SIG_SIGNAL_H
#define COSH_SIG_SIGNAL_H

#include <signal.h>
#include <stdbool.h>
#include <sys/types.h>

struct shell;

/* Records the dispositions the shell inherited, creates the self-pipe
 * (non-blocking, close-on-exec, fds above 9) and installs the handlers the
 * shell's mode needs.  Call once at start-up, and again (sig_update_mode)
 * when interactive/monitor mode changes. */
void sig_init(struct shell *sh);
void sig_update_mode(struct shell *sh);

/* The read end of the self-pipe, for poll(); readable when a signal came. */
int sig_fd(void);

/* True if any signal was recorded and not yet dispatched.  Safe anywhere. */
bool sig_pending(void);

/* True if signo was received since the flag was last cleared; clears it. */
bool sig_take(int signo);

/* Safe point: drains the self-pipe, reaps every child that changed state
 * (updating the job table), and runs the actions of pending traps.  Returns
 * the number of the last signal whose trap ran, 0 if none.  An untrapped
 * SIGINT or SIGQUIT in a non-interactive shell makes it die of the signal
 * here (it runs no foreground child at a safe point).  Never call from a
 * handler. */
int sig_dispatch(struct shell *sh);

/* Blocks every signal the shell catches (for the "check, then sleep"
 * sequence and across fork); the old mask goes into *old. */
void sig_block_all(sigset_t *old);
void sig_restore_mask(const sigset_t *old);

/* True if signo was ignored when a non-interactive shell started: it then
 * stays ignored and cannot be trapped (XCU 2.11, trap). */
bool sig_was_ignored_at_entry(int signo);

/* In a freshly forked child that will exec: default dispositions for
 * everything the shell caught or ignored for its own sake, keeping what
 * 'trap ""' ignored and what was ignored on entry; the caller then clears
 * the mask.  ignore_int: SIGINT and SIGQUIT ignored (an asynchronous list
 * without job control, XCU 2.11). */
void sig_reset_for_exec(struct shell *sh, bool ignore_int);

/* In a freshly forked child that runs shell code (a subshell): a new
 * self-pipe of its own, caught traps back to default (ignored ones kept),
 * the dispositions of a non-interactive shell.  ignore_int makes SIGINT
 * and SIGQUIT ignored as if on entry (an asynchronous list without job
 * control). */
void sig_enter_subshell(struct shell *sh, bool ignore_int);

/* In proc_fork's parent, right after fork, signals still blocked.  A
 * SIGINT or SIGQUIT that the shell holds (caught before the fork, or
 * pending in the kernel because it came while fork ran: Linux gives a
 * group signal sent during fork to the parent alone) reached the shell's
 * group while the child did not exist yet.  The terminal meant it for the
 * child too, so it is sent to the child (which has not exec'd yet and
 * dies of it); the rule of section 5 then applies as usual.  own_group:
 * the child is in a group of its own (job control), which a terminal
 * signal for the shell's group never reaches: nothing to do. */
void sig_after_fork(struct shell *sh, pid_t child, bool own_group);

/* In the foreground wait loop, with signals blocked, each time it wakes:
 * handles the signals that arrived since the last call, one byte of the
 * self-pipe per arrival.  Without a terminal but with job control
 * (forwarding, see the policy in signal.c) SIGINT, SIGQUIT, SIGTERM,
 * SIGHUP, SIGTSTP and SIGCONT are sent at once to j's process group;
 * otherwise trapped signals, and SIGINT/SIGQUIT in a script, stay pending
 * until j ends (and set -o sigtrace says so).  Runs no trap. */
struct job;
void sig_fg_wakeup(struct shell *sh, const struct job *j);

/* In the foreground wait loop once j has ended or stopped, signals still
 * blocked: notes a SIGINT/SIGQUIT that came after the job's end, so that
 * sig_after_fg_job treats it as one that came between commands. */
void sig_fg_end(struct shell *sh, const struct job *j);

/* After a foreground job ended: applies "wait and cooperative exit"
 * (DESIGN.md section 5).  term_sig is the signal that killed the job's last
 * process (0 if it exited).  If the shell itself got SIGINT or SIGQUIT
 * while waiting and the job died of that signal, a non-interactive shell
 * without a trap for it dies of it here (EXIT trap first); with a trap, the
 * trap stays pending for sig_dispatch.  A signal the job did not die of is
 * dropped. */
void sig_after_fg_job(struct shell *sh, int term_sig);

/* Runs the EXIT trap, resets signo to its default action and sends it to
 * the shell itself, so the parent sees a death by signo. */
_Noreturn void sig_die(struct shell *sh, int signo);

/* set -o sigtrace: one line on stderr about what became of signo. */
void sig_trace(struct shell *sh, int signo, const char *fate, ...)
	__attribute__((format(printf, 3, 4)));

/* Signal names without "SIG" ("INT"), and back; -1 / NULL if unknown.
 * Names are accepted in any case, with or without the SIG prefix; numbers
 * are accepted as decimal strings. */
int sig_number(const char *name);
const char *sig_name(int signo);
/* The highest signal number the name table covers (NSIG - 1). */
int sig_max(void);

#endif

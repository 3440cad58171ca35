/* The signal core: mechanism only.  It is the only place that installs
 * signal handlers; a handler only records (a flag per signal, the sender's
 * pid, the number in a ring of arrivals, a wake-up on a self-pipe).  It knows nothing of jobs: the one safe
 * point, sig_dispatch (src/job/dispatch.c), composes it from above (drain
 * the pipe here, reap into the job table, run traps), and the decision of
 * "wait and cooperative exit" (DESIGN.md section 5) lives with the
 * foreground wait in src/job/.  See the policy comment at the top of
 * signal.c. */
#ifndef COSH_SIG_SIGNAL_H
#define COSH_SIG_SIGNAL_H

#include <signal.h>
#include <stdbool.h>
#include <sys/types.h>

struct shell;

/* Records the dispositions the shell inherited and installs the handlers
 * the shell's mode needs (no fd is opened: see sig_fd).  Call once at start-up, and again (sig_update_mode)
 * when interactive/monitor mode or a trap changes. */
void sig_init(struct shell *sh);
void sig_update_mode(struct shell *sh);

/* The self-pipe, for poll(): readable when a signal came.  Made on the
 * first call (an eventfd on Linux, close-on-exec, above 9 if the limit on
 * open files allows), so that a shell that never polls holds no fd for
 * signals.  -1 if it cannot be made (said once): poll() then wakes only by
 * EINTR. */
int sig_fd(void);

/* True if any signal was recorded and not yet dispatched.  Safe anywhere. */
bool sig_pending(void);
/* True if signo was received and its flag not yet cleared. */
bool sig_is_pending(int signo);
/* True if signo was received since the flag was last cleared; clears it. */
bool sig_take(int signo);
/* Marks signo as received again (the main flow decided that it still has
 * to act, at the next safe point), and wakes whoever polls the pipe. */
void sig_requeue(int signo);
/* Sets the summary flag again without a byte on the pipe: some signal is
 * still pending and the next safe point must look (a trap that cannot run
 * inside its own action).  A loop that polls the pipe is not woken. */
void sig_keep_pending(void);
/* The pid that sent the last signo with kill(2) or sigqueue(3), 0 if it
 * came from the kernel (the terminal) or is unknown. */
pid_t sig_sender(int signo);
/* True if signo is pending in the kernel for this process (it came while
 * it was blocked). */
bool sig_is_held(int signo);

/* Empties the self-pipe and the ring of arrivals and clears the summary
 * flag (the per-signal flags stay): the first step of the safe point. */
void sig_drain(void);
/* The oldest arrival not taken yet: its signal number, 0 when there is
 * none.  Arrivals come in the order the handler ran (the last 64 are
 * kept).  The summary flag stays set: call sig_rearm when done. */
int sig_next_arrival(void);
/* The arrivals not taken yet, oldest first, into buf (at most cap, with
 * signals blocked; no system call); returns the count.  The summary flag stays set,
 * as with sig_next_arrival. */
size_t sig_arrivals(unsigned char *buf, size_t cap);
/* With every signal blocked, after the arrivals were read: the summary
 * flag set again only if some signal's flag still is, so that nothing
 * (sig_rearm, the next safe point) looks again for nothing. */
void sig_settle(void);

/* With every signal blocked and the arrivals taken (sig_arrivals, then
 * sig_settle): restores old, and sets late[signo] for each signal the
 * kernel held until then (it came while the mask was blocked).  Their
 * handlers run as the mask opens; their arrivals are taken here to
 * tell which (no system call when none came), their flags stay set and
 * the pipe is woken again for them (sig_rearm). */
void sig_restore_noting(const sigset_t *old, bool late[NSIG]);

/* After sig_next_arrival took the arrivals: a wake-up on the self-pipe
 * while something is still pending, so that a loop polling it wakes. */
void sig_rearm(void);

/* Blocks every signal the shell catches (for the "check, then sleep"
 * sequence and across fork); the old mask goes into *old. */
void sig_block_all(sigset_t *old);
/* The mask a process opens to when it runs shell code: empty, but in an
 * async subshell without job control (and its subshells), which keeps
 * SIGINT and SIGQUIT blocked instead of ignored (sig_enter_subshell).  A
 * child that execs opens to the empty mask. */
const sigset_t *sig_base_mask(void);
/* True if a handler notes each SIGCHLD (interactive, set -m, a CHLD
 * trap).  Else SIGCHLD is at its default and heard only while blocked,
 * in sig_wait: a child that ended while it was not blocked is found by
 * reaping (job_reap), never by a flag. */
bool sig_chld_caught(void);
/* With every signal blocked (old as sig_block_all gave it): sleeps until one
 * that old lets in comes, and takes it as the handler would have (its
 * flag, sender and arrival), without running a handler.  One the shell
 * does not catch gets its own disposition (a default that ends or stops
 * the shell acts at once).  May return having taken nothing (EINTR); the
 * caller looks at its state and comes again.  The "check, then sleep"
 * race cannot happen: a signal that came since the check is pending and
 * ends the wait at once. */
void sig_wait(const sigset_t *old);
void sig_restore_mask(const sigset_t *old);

/* True if signo was ignored when the shell started and still counts as
 * such: a non-interactive shell then cannot trap or reset it (XCU 2.11),
 * and its children inherit SIG_IGN. */
bool sig_was_ignored_at_entry(int signo);
/* An interactive shell may reset a signal that was ignored on entry ('trap
 * - TTIN', and the stop signals of its jobs): from now on signo counts as
 * having had the default disposition. */
void sig_forget_entry_ignore(int signo);

/* True if a trap action (not '') is set for signo. */
bool sig_has_action(const struct shell *sh, int signo);
/* Why a signal that arrived is dropped ("ignored (trap '')", ...), or NULL
 * if the shell has to act on it. */
const char *sig_ignore_reason(struct shell *sh, int signo);
/* Forwarding mode: job control without a terminal (set -m under a
 * supervisor).  The shell then passes SIGINT, SIGQUIT, SIGTERM, SIGHUP,
 * SIGTSTP and SIGCONT on to its foreground job's group. */
bool sig_is_forwarding(const struct shell *sh);
bool sig_is_forwarded(int signo);

/* In a freshly forked child that will exec: default dispositions for
 * everything the shell caught or ignored for its own sake, keeping what
 * 'trap ""' ignored and what was ignored on entry; the caller then clears
 * the mask.  ignore_int: SIGINT and SIGQUIT ignored (an asynchronous list
 * without job control, XCU 2.11). */
void sig_reset_for_exec(struct shell *sh, bool ignore_int);

/* One disposition a spawned child sets before it execs. */
struct sig_change {
	int signo;
	bool ignore;	/* SIG_IGN, else SIG_DFL */
};

/* For a child started with vfork that execs without running shell code:
 * the dispositions it must change (at most NSIG entries in out), those
 * that sig_reset_for_exec would make less the ones execve makes by
 * itself (a caught signal whose child gets the default: until the execve,
 * sig_spawn_window covers it), and nothing for a signal already as
 * wanted.  Computed in the parent, which keeps its own; the child applies
 * them with sig_apply_changes while every signal is blocked.  Returns the
 * count. */
size_t sig_exec_changes(struct shell *sh, bool ignore_int, struct sig_change *out);
/* Around a vfork (every signal blocked in the shell): while open, a
 * handler that runs is the child's, between its unmasking and its
 * execve, and gives the signal the default action there instead of
 * recording it.  So the child need not reset what the shell caught. */
void sig_spawn_window(bool open);
/* In the vfork child: sigaction for each change (async-signal-safe, no
 * shell state touched). */
void sig_apply_changes(const struct sig_change *c, size_t n);
/* True if nothing the shell caught is still caught here and no pending
 * signal waits for the safe point: a child that went through
 * sig_reset_for_exec can exec without blocking and resetting again. */
bool sig_ready_for_exec(void);

/* In a freshly forked child that runs shell code (a subshell): no
 * self-pipe (the parent's is closed; sig_fd makes one of its own if it
 * polls) and no arrivals, caught traps back to default (ignored ones kept),
 * the dispositions of a non-interactive shell.  ignore_int makes SIGINT
 * and SIGQUIT ignored as if on entry (an asynchronous list without job
 * control): blocked, if caught (sig_base_mask), else SIG_IGN. */
void sig_enter_subshell(struct shell *sh, bool ignore_int);

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

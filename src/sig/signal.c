/* The signal core.
 *
 * Policy: what the shell does with each signal, in each mode, and why.
 * "forwarding" is job control without a terminal (set -m in a script
 * under a supervisor, a container's PID 1, a test driver): the shell is
 * then the terminal of the process groups it made.
 *
 *   signal    script         interactive      forwarding   why
 *   SIGCHLD   default        caught           caught       scripts: taken only in the wait loops
 *             (caught with                                 (sigwaitinfo, blocked), background
 *             -m or a trap)                                children reaped in batches; else it
 *                                                          wakes the prompt, job_reap at a safe
 *                                                          point
 *   SIGINT    caught         caught           caught       scripts: wait and cooperative exit
 *                                                          (DESIGN.md 5); prompt: discard the line
 *   SIGQUIT   caught         ignored          caught       as SIGINT in scripts; a user at a
 *                                                          prompt must not dump the shell's core
 *   SIGTERM   default        ignored          caught       'kill 0' from a job must not end the
 *                                                          interactive shell (POSIX)
 *   SIGTSTP   default        ignored with -m  caught       only jobs stop; the shell must not
 *   SIGTTIN   default        ignored with -m  default      (POSIX job control)
 *   SIGTTOU   default        ignored with -m  default
 *   SIGHUP    default        caught           caught       hang up the jobs, then leave
 *   SIGCONT   default        default          caught       forwarded to the foreground job
 *   SIGWINCH  default        caught           default      readline learns the new size
 *   trapped   caught         caught           caught       the action runs at a safe point
 *   trap ''   ignored        ignored          ignored      and inherited by children
 *   others    default        default          default      (SIGPIPE ends a shell writing to a
 *                                                          closed pipe, as in every shell)
 *
 * Forwarding: SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP and SIGCONT that
 * reach the shell while a foreground job runs in a group of its own are
 * sent to that group with killpg at once, as a terminal would (the
 * foreground wait in src/job/ does it as each one arrives).  SIGINT and
 * SIGQUIT then follow section 5; an untrapped SIGTERM or SIGHUP makes the
 * shell leave once the job has ended, after sending the signal to every
 * job it still has.
 *
 * Ctrl-C around a fork: Linux hands a group signal that comes while fork
 * runs to the parent alone, so the child never sees it.  proc_fork looks
 * (sig_is_pending, sig_is_held) and sends it on to the child.
 *
 * A signal ignored when a non-interactive shell starts stays ignored: it
 * is never trapped or reset (XCU 2.11).  An interactive shell may trap and
 * reset such a signal ('trap - TTIN' gives its children the default), and
 * with job control its jobs always get the stop signals at their defaults.
 * Children that exec get the default disposition for everything above
 * except what 'trap ""' or the shell's parent ignored.
 *
 * set -o sigtrace logs what becomes of every signal.  To log a signal that
 * is ignored (on entry or by trap '') the shell catches it instead and
 * drops it at the safe point; children still inherit SIG_IGN.  Not for the
 * stop signals (catching SIGTTOU changes what the terminal does to the
 * shell), the synchronous faults, or SIGCHLD, which is internal.
 *
 * The handler only records: a flag per signal, the sender's pid (for
 * set -o sigtrace, and to tell a signal sent by the foreground job itself
 * from one the terminal sent), the signal number in a small ring of
 * arrivals, and a wake-up on the self-pipe if one exists, with errno
 * saved.  Everything else happens at the safe point (sig_dispatch,
 * src/job/dispatch.c) and in the foreground wait loop, which takes the
 * arrivals one at a time, in order.  This file is mechanism: it never
 * looks at jobs.
 *
 * The self-pipe is one eventfd on Linux (a pipe elsewhere), made the first
 * time something wants to poll() on it (the prompt, read): a script that
 * does neither holds no descriptor for signals at all, and neither does a
 * subshell or $( ) until it polls, which matters under a low ulimit -n.
 * The order of arrivals, which the pipe's bytes used to carry, is the
 * ring's business; the wake-up fd only says "something came".  The ring
 * keeps the last RING_SIZE arrivals; a flood drops the oldest (their
 * flags stay set).
 *
 * The shell has one thread, and a handler runs with every caught signal
 * blocked, so handlers never nest and a handler runs whole between two
 * steps of the main flow: a wake-up always comes with any_pending set, and
 * a loop that polls never spins on a wake-up nobody will clear.  The main
 * flow touches the ring only with signals blocked.
 */
#include "sig/signal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/eventfd.h>
#define HAVE_WAKE_EVENTFD 1
#endif

#include "shell.h"
#include "sig/trap.h"
#include "util/error.h"
#include "util/fd.h"
#include "util/strbuf.h"

static volatile sig_atomic_t pending[NSIG];
static volatile sig_atomic_t any_pending;
static volatile sig_atomic_t sender[NSIG];

/* The ring of arrivals: ring_count numbers from ring_first on. */
#define RING_SIZE 64
static volatile sig_atomic_t ring[RING_SIZE];
static volatile sig_atomic_t ring_first, ring_count;

/* The self-pipe: one eventfd (wake_r, with wake_w -1) or a pipe; -1 until
 * sig_fd makes it.  Read by the handler, changed only with signals
 * blocked (here and by fd_vacate). */
static int wake_r = -1, wake_w = -1;
static bool wake_failed;	/* said once per process */

/* Appends signo to the ring, dropping the oldest arrival if it is full.
 * In the handler, or with signals blocked. */
static void record_arrival(int signo)
{
	int n = ring_count;
	if (n == RING_SIZE) {
		ring_first = (ring_first + 1) % RING_SIZE;
		n--;
	}
	ring[(ring_first + n) % RING_SIZE] = signo;
	ring_count = n + 1;
}

/* Makes the self-pipe readable; async-signal-safe.  A full pipe, or an
 * eventfd at its maximum, is awake already. */
static void wake_post(void)
{
#ifdef HAVE_WAKE_EVENTFD
	uint64_t one = 1;
	if (wake_r >= 0) {
		ssize_t n = write(wake_r, &one, sizeof one);
		(void)n;
	}
#else
	unsigned char byte = 0;
	if (wake_w >= 0) {
		ssize_t n = write(wake_w, &byte, 1);
		(void)n;
	}
#endif
}

enum disp {
	DISP_UNKNOWN,	/* not looked at yet: whatever the shell inherited */
	DISP_DEFAULT,
	DISP_IGNORE,
	DISP_CATCH,
};

/* Main-loop state (never touched by the handler). */
static enum disp current[NSIG];		/* what is installed now */
/* An async subshell without job control ignores SIGINT and SIGQUIT by
 * keeping them blocked, with the handler it inherited, until it execs:
 * two rt_sigaction fewer for every 'cmd &' that runs builtins only.  A
 * blocked signal is never delivered, and a child that execs gets
 * SIG_IGN and an open mask as before (exec_disposition).  base_mask is
 * the mask such a process runs with (sig_base_mask): a signal in it is
 * one so ignored. */
static sigset_t base_mask;
static bool entry_known[NSIG];
static bool entry_ignored[NSIG];	/* SIG_IGN when the shell started */

/* Set while a vfork child may run (sig_spawn_window): the shell itself
 * has every signal blocked then, so a handler that runs is the child's. */
static volatile sig_atomic_t spawning;

/* What a handler records: flag, sender, arrival, wake-up. */
static void note(int signo, const siginfo_t *info)
{
	pending[signo] = 1;
	any_pending = 1;
	sender[signo] = info && info->si_code <= 0 ? (sig_atomic_t)info->si_pid : 0;
	record_arrival(signo);
	wake_post();
}

static void on_signal(int signo, siginfo_t *info, void *ctx)
{
	(void)ctx;
	int saved = errno;
	if (spawning) {
		/* In a vfork child, between its unmasking and its execve,
		 * sharing the shell's memory: nothing of the shell's is
		 * touched.  The signal was meant for the child, and the
		 * program it is about to become would get the default
		 * action (execve resets what is caught), so that is what
		 * it gets: the default again, and the signal once more,
		 * delivered when the handler returns. */
		struct sigaction sa;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = SIG_DFL;
		sigemptyset(&sa.sa_mask);
		sigaction(signo, &sa, NULL);
		kill(getpid(), signo);
		errno = saved;
		return;
	}
	note(signo, info);
	errno = saved;
}

static void look_at_entry(int signo)
{
	if (entry_known[signo])
		return;
	struct sigaction old;
	entry_known[signo] = true;
	if (sigaction(signo, NULL, &old) == 0)
		entry_ignored[signo] = old.sa_handler == SIG_IGN;
	current[signo] = entry_ignored[signo] ? DISP_IGNORE : DISP_DEFAULT;
}

static void install(int signo, enum disp d)
{
	look_at_entry(signo);
	if (current[signo] == d)
		return;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	if (d == DISP_CATCH) {
		sa.sa_sigaction = on_signal;
		/* Handlers never nest: the ring has one writer at a time. */
		sigfillset(&sa.sa_mask);
		/* SA_RESTART is deliberately absent: a blocking read or wait
		 * must come back with EINTR so that the shell reaches a safe
		 * point; every blocking call handles EINTR. */
		sa.sa_flags = SA_SIGINFO;
	} else {
		sa.sa_handler = d == DISP_IGNORE ? SIG_IGN : SIG_DFL;
	}
	if (sigaction(signo, &sa, NULL) == 0)
		current[signo] = d;
}

static void close_wake(void)
{
	sigset_t all, old;
	if (wake_r < 0 && wake_w < 0)
		return;	/* no system call for a shell that never polled */
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	if (wake_r >= 0) {
		fd_disown(&wake_r);
		close(wake_r);
	}
	if (wake_w >= 0) {
		fd_disown(&wake_w);
		close(wake_w);
	}
	wake_r = wake_w = -1;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* Makes the self-pipe, non-blocking and close-on-exec, above 9 if the
 * limit on open files allows; a wake-up in it if something is pending
 * already.  Says once if it cannot: pollers then rely on EINTR alone. */
static void open_wake(void)
{
	sigset_t all, old;
	int r, w = -1;
#ifdef HAVE_WAKE_EVENTFD
	r = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
#else
	int p[2];
	r = pipe2(p, O_CLOEXEC | O_NONBLOCK) < 0 ? -1 : p[0];
	if (r >= 0)
		w = fd_move_private(p[1]);
#endif
	if (r < 0) {
		if (!wake_failed)
			sh_error_errno(NULL, "cannot create the signal wake-up fd");
		wake_failed = true;
		return;
	}
	r = fd_move_private(r);
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	wake_r = r;
	wake_w = w;
	fd_own(&wake_r);
	if (wake_w >= 0)
		fd_own(&wake_w);
	if (any_pending)
		wake_post();
	sigprocmask(SIG_SETMASK, &old, NULL);
}

bool sig_was_ignored_at_entry(int signo)
{
	if (signo <= 0 || signo >= NSIG)
		return false;
	look_at_entry(signo);
	return entry_ignored[signo];
}

void sig_forget_entry_ignore(int signo)
{
	if (signo <= 0 || signo >= NSIG)
		return;
	look_at_entry(signo);
	entry_ignored[signo] = false;
}

bool sig_is_forwarding(const struct shell *sh)
{
	return sh->opts[OPT_MONITOR] && !sh->in_subshell && sh->tty_fd < 0;
}

bool sig_is_forwarded(int signo)
{
	return signo == SIGINT || signo == SIGQUIT || signo == SIGTERM
		|| signo == SIGHUP || signo == SIGTSTP || signo == SIGCONT;
}

/* Signals set -o sigtrace catches even when they are ignored, to log them;
 * see the policy. */
static bool is_traceable(int signo)
{
	switch (signo) {
	case SIGKILL: case SIGSTOP: case SIGCHLD:
	case SIGTSTP: case SIGTTIN: case SIGTTOU:
	case SIGSEGV: case SIGBUS: case SIGFPE: case SIGILL: case SIGTRAP:
	case SIGABRT: case SIGSYS: case SIGWINCH: case SIGURG:
		return false;
	default:
		return true;
	}
}

bool sig_has_action(const struct shell *sh, int signo)
{
	const char *action = sh->traps ? trap_action(sh, signo) : NULL;
	return action && *action;
}

/* The disposition the mode and the traps ask for. */
static enum disp policy(struct shell *sh, int signo)
{
	bool interactive = shell_is_interactive(sh);
	/* The shell cannot wait for its children with SIGCHLD ignored,
	 * whatever its parent left: never ignored, never trapped away.  A
	 * script needs no handler: its wait loops take SIGCHLD blocked, with
	 * sigwaitinfo, and it reaps a finished background child when it
	 * waits, lists jobs, or has many unreaped (src/job/job.c), instead
	 * of at every SIGCHLD (a handler frame and a waitpid each, and an
	 * EINTR in whatever the shell was doing).  The prompt, job control
	 * and a CHLD trap need to hear of each child at once. */
	if (signo == SIGCHLD)
		return interactive || sh->opts[OPT_MONITOR] || sig_has_action(sh, SIGCHLD)
			|| sig_is_forwarding(sh) ? DISP_CATCH : DISP_DEFAULT;
	if (!interactive && sig_was_ignored_at_entry(signo))
		return DISP_IGNORE;
	const char *action = sh->traps ? trap_action(sh, signo) : NULL;
	if (action)
		return *action ? DISP_CATCH : DISP_IGNORE;
	if (sig_is_forwarding(sh) && sig_is_forwarded(signo))
		return DISP_CATCH;
	bool monitor = sh->opts[OPT_MONITOR] && !sh->in_subshell;
	switch (signo) {
	case SIGINT:
		return DISP_CATCH;
	case SIGQUIT:
		return interactive ? DISP_IGNORE : DISP_CATCH;
	case SIGTERM:
		return interactive ? DISP_IGNORE : DISP_DEFAULT;
	case SIGTSTP:
	case SIGTTIN:
	case SIGTTOU:
		return interactive && monitor ? DISP_IGNORE : DISP_DEFAULT;
	case SIGHUP:
	case SIGWINCH:
		return interactive ? DISP_CATCH : DISP_DEFAULT;
	default:
		return DISP_DEFAULT;
	}
}

/* What is installed: the policy, except that sigtrace catches what the
 * policy ignores, to log it. */
static enum disp wanted(struct shell *sh, int signo)
{
	enum disp d = policy(sh, signo);
	if (d == DISP_IGNORE && sigismember(&base_mask, signo) == 1
	    && current[signo] == DISP_CATCH)
		return DISP_CATCH;	/* blocked for good: as ignored */
	if (d == DISP_IGNORE && sh->opts[OPT_SIGTRACE] && is_traceable(signo))
		return DISP_CATCH;
	return d;
}

/* Why a signal that arrived is dropped, or NULL if it is not. */
const char *sig_ignore_reason(struct shell *sh, int signo)
{
	if (signo == SIGCHLD)
		return NULL;
	if (!shell_is_interactive(sh) && sig_was_ignored_at_entry(signo))
		return "ignored (inherited)";
	const char *action = sh->traps ? trap_action(sh, signo) : NULL;
	if (action && !*action)
		return "ignored (trap '')";
	if (!action && policy(sh, signo) == DISP_IGNORE)
		return "ignored";
	return NULL;
}

void sig_update_mode(struct shell *sh)
{
	if (shell_is_interactive(sh) && sh->opts[OPT_MONITOR]) {
		/* Whoever started the shell may have ignored the stop
		 * signals (some terminal multiplexers do): its jobs still
		 * get the defaults, or 'cat &' would fail with EIO instead
		 * of stopping. */
		sig_forget_entry_ignore(SIGTSTP);
		sig_forget_entry_ignore(SIGTTIN);
		sig_forget_entry_ignore(SIGTTOU);
	}
	static const int managed[] = {
		SIGCHLD, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU,
		SIGHUP, SIGWINCH, SIGCONT,
	};
	for (size_t i = 0; i < sizeof managed / sizeof managed[0]; i++) {
		int signo = managed[i];
		enum disp d = wanted(sh, signo);
		/* Leave an untouched signal alone when the default is wanted:
		 * no system call at start-up for what needs no change.  Not
		 * SIGCHLD, which must not stay ignored. */
		if (d == DISP_DEFAULT && !entry_known[signo] && signo != SIGCHLD)
			continue;
		install(signo, d);
	}
	for (int signo = 1; signo < NSIG; signo++) {
		if (sh->traps && trap_action(sh, signo))
			install(signo, wanted(sh, signo));
		else if (current[signo] == DISP_CATCH || current[signo] == DISP_IGNORE)
			install(signo, wanted(sh, signo));
		else if (sh->opts[OPT_SIGTRACE] && is_traceable(signo)
			 && sig_was_ignored_at_entry(signo))
			install(signo, wanted(sh, signo));
	}
}

void sig_init(struct shell *sh)
{
	sig_update_mode(sh);
}

const sigset_t *sig_base_mask(void)
{
	return &base_mask;
}

bool sig_chld_caught(void)
{
	return current[SIGCHLD] == DISP_CATCH;
}

int sig_fd(void)
{
	if (wake_r < 0)
		open_wake();
	return wake_r;
}

bool sig_pending(void)
{
	return any_pending != 0;
}

bool sig_take(int signo)
{
	if (!pending[signo])
		return false;
	pending[signo] = 0;
	return true;
}

void sig_drain(void)
{
	unsigned char buf[64];
	/* Clear the summary flag first: a signal that lands after this sets
	 * it again, so nothing is lost. */
	any_pending = 0;
	ring_count = 0;
	while (wake_r >= 0 && read(wake_r, buf, sizeof buf) > 0)
		;
}

/* Which signals sig_block_all blocks: all but the two that cannot be and
 * the synchronous faults, which must stay deliverable. */
static bool blockable(int signo)
{
	return signo != SIGKILL && signo != SIGSTOP && signo != SIGSEGV
		&& signo != SIGBUS && signo != SIGFPE && signo != SIGILL;
}

/* What sig_block_all blocks, made once. */
static const sigset_t *blockable_set(void)
{
	static sigset_t set;
	static bool made;
	if (!made) {
		sigfillset(&set);
		for (int signo = 1; signo < NSIG; signo++)
			if (!blockable(signo))
				sigdelset(&set, signo);
		made = true;
	}
	return &set;
}

void sig_block_all(sigset_t *old)
{
	/* The kernel fills only its own part of a sigset_t, and glibc's
	 * sigemptyset clears no more: the rest is defined too, for sig_wait
	 * to compare whole masks. */
	memset(old, 0, sizeof *old);
	sigprocmask(SIG_BLOCK, blockable_set(), old);
}

void sig_restore_mask(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

void sig_trace(struct shell *sh, int signo, const char *fate, ...)
{
	if (!sh->opts[OPT_SIGTRACE])
		return;
	struct strbuf sb = STRBUF_INIT;
	const char *name = sig_name(signo);
	strbuf_appendf(&sb, "cosh: sigtrace: SIG%s", name ? name : "?");
	if (sender[signo] > 0)
		strbuf_appendf(&sb, " from pid %ld", (long)sender[signo]);
	strbuf_append(&sb, " \xe2\x86\x92 ");
	va_list ap;
	va_start(ap, fate);
	strbuf_vappendf(&sb, fate, ap);
	va_end(ap);
	strbuf_appendc(&sb, '\n');
	write_all(STDERR_FILENO, sb.data, sb.len);
	strbuf_free(&sb);
}

_Noreturn void sig_die(struct shell *sh, int signo)
{
	trap_run_exit(sh);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(signo, &sa, NULL);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, signo);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	kill(getpid(), signo);
	/* Not reached for a terminating signal. */
	_exit(128 + signo);
}

/* ---- pending signals ---- */

bool sig_is_pending(int signo)
{
	return signo > 0 && signo < NSIG && pending[signo];
}

void sig_requeue(int signo)
{
	if (signo <= 0 || signo >= NSIG)
		return;
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	pending[signo] = 1;
	any_pending = 1;
	record_arrival(signo);
	wake_post();
	sigprocmask(SIG_SETMASK, &old, NULL);
}

void sig_keep_pending(void)
{
	any_pending = 1;
}

pid_t sig_sender(int signo)
{
	if (signo <= 0 || signo >= NSIG)
		return 0;
	return (pid_t)sender[signo];
}

bool sig_is_held(int signo)
{
	sigset_t held;
	if (sigpending(&held) < 0)
		return false;
	return sigismember(&held, signo) == 1;
}

int sig_next_arrival(void)
{
	/* The caller blocked the signals (sig_block_all): no handler
	 * touches the ring meanwhile, and no system call here. */
	int signo = 0;
	if (ring_count > 0) {
		signo = ring[ring_first];
		ring_first = (ring_first + 1) % RING_SIZE;
		ring_count = ring_count - 1;
	}
	return signo;
}

size_t sig_arrivals(unsigned char *buf, size_t cap)
{
	/* The caller has signals blocked: the ring is the main flow's. */
	size_t n = 0;
	while (n < cap && ring_count > 0) {
		buf[n++] = (unsigned char)ring[ring_first];
		ring_first = (ring_first + 1) % RING_SIZE;
		ring_count = ring_count - 1;
	}
	return n;
}

void sig_wait(const sigset_t *old)
{
	/* What old lets in, of what sig_block_all blocks: made again only
	 * when old is not the mask of the last call (it rarely changes). */
	static sigset_t last_old, set;
	static bool made;
	if (!made || memcmp(&last_old, old, sizeof *old) != 0) {
		sigemptyset(&set);
		for (int signo = 1; signo < NSIG; signo++)
			if (blockable(signo) && sigismember(old, signo) == 0)
				sigaddset(&set, signo);
		last_old = *old;
		made = true;
	}
	siginfo_t info;
	int signo = sigwaitinfo(&set, &info);
	if (signo <= 0 || signo >= NSIG)
		return;	/* EINTR: the caller looks again */
	/* SIGCHLD is never ignored (policy): at its default it is taken for
	 * the wait loops all the same. */
	if (current[signo] == DISP_CATCH || signo == SIGCHLD) {
		note(signo, &info);
		return;
	}
	if (current[signo] == DISP_IGNORE)
		return;	/* as the kernel would have dropped it */
	/* Not the shell's: its disposition acts on it (terminate, stop,
	 * nothing, or a library's handler), as if the mask had opened. */
	sigset_t one;
	sigemptyset(&one);
	sigaddset(&one, signo);
	kill(getpid(), signo);
	sigprocmask(SIG_UNBLOCK, &one, NULL);
	sigprocmask(SIG_BLOCK, &one, NULL);
}

void sig_settle(void)
{
	for (int signo = 1; signo < NSIG; signo++) {
		if (pending[signo]) {
			any_pending = 1;
			return;
		}
	}
	any_pending = 0;
	/* Nothing left to act on: the wake-up goes too (only a shell that
	 * polls has a self-pipe), or a poller would wake for nothing. */
	unsigned char buf[64];
	while (wake_r >= 0 && read(wake_r, buf, sizeof buf) > 0)
		;
}

void sig_restore_noting(const sigset_t *old, bool late[NSIG])
{
	bool had = any_pending != 0;
	any_pending = 0;	/* blocked: no handler runs before the restore */
	sigprocmask(SIG_SETMASK, old, NULL);
	if (any_pending) {
		/* Handlers ran as the mask opened: their arrivals tell
		 * which signals the kernel held. */
		sigset_t all, mid;
		sigfillset(&all);
		sigprocmask(SIG_BLOCK, &all, &mid);
		while (ring_count > 0) {
			int signo = ring[ring_first];
			ring_first = (ring_first + 1) % RING_SIZE;
			ring_count = ring_count - 1;
			if (signo > 0 && signo < NSIG)
				late[signo] = true;
		}
		sigprocmask(SIG_SETMASK, &mid, NULL);
		any_pending = 1;
		sig_rearm();
	}
	/* Only ever set here: a handler that ran meanwhile set it too. */
	if (had)
		any_pending = 1;
}

void sig_rearm(void)
{
	if (any_pending)
		wake_post();
}


/* What a child that execs gets for signo: the default, except what
 * 'trap ""' or the shell's parent ignored (and SIGINT and SIGQUIT in an
 * asynchronous list without job control).  DISP_UNKNOWN: never touched,
 * left as inherited. */
static enum disp exec_disposition(struct shell *sh, int signo, bool ignore_int)
{
	if (ignore_int && (signo == SIGINT || signo == SIGQUIT))
		return DISP_IGNORE;
	if (current[signo] == DISP_UNKNOWN)
		return DISP_UNKNOWN;
	const char *action = sh->traps ? trap_action(sh, signo) : NULL;
	bool keep_ignored = (action && !*action)
		|| (entry_ignored[signo] && !action);
	return keep_ignored ? DISP_IGNORE : DISP_DEFAULT;
}

void sig_reset_for_exec(struct shell *sh, bool ignore_int)
{
	/* install() makes no system call for a signal already as wanted:
	 * only what the shell caught or ignored for itself costs one. */
	for (int signo = 1; signo < NSIG; signo++) {
		enum disp d = exec_disposition(sh, signo, ignore_int);
		if (d != DISP_UNKNOWN)
			install(signo, d);
	}
}

size_t sig_exec_changes(struct shell *sh, bool ignore_int, struct sig_change *out)
{
	size_t n = 0;
	for (int signo = 1; signo < NSIG; signo++) {
		enum disp d = exec_disposition(sh, signo, ignore_int);
		if (d == DISP_UNKNOWN || d == current[signo])
			continue;
		/* execve makes a caught signal default by itself; until
		 * then the handler knows the child (sig_spawn_window). */
		if (d == DISP_DEFAULT && current[signo] == DISP_CATCH)
			continue;
		out[n].signo = signo;
		out[n].ignore = d == DISP_IGNORE;
		n++;
	}
	return n;
}

void sig_spawn_window(bool open)
{
	spawning = open;
}

void sig_apply_changes(const struct sig_change *c, size_t n)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < n; i++) {
		sa.sa_handler = c[i].ignore ? SIG_IGN : SIG_DFL;
		sigaction(c[i].signo, &sa, NULL);
	}
}

bool sig_ready_for_exec(void)
{
	if (any_pending)
		return false;
	for (int signo = 1; signo < NSIG; signo++)
		if (current[signo] == DISP_CATCH)
			return false;
	return true;
}

void sig_enter_subshell(struct shell *sh, bool ignore_int)
{
	/* The parent's self-pipe is the parent's: a new one only when this
	 * process polls (sig_fd). */
	close_wake();
	wake_failed = false;
	ring_count = 0;
	for (int signo = 1; signo < NSIG; signo++)
		pending[signo] = 0;
	any_pending = 0;
	traps_enter_subshell(sh);
	if (ignore_int) {
		/* As if ignored on entry: the subshell cannot trap them.
		 * Caught ones stay caught and are blocked instead (the
		 * caller opens the mask to sig_base_mask). */
		static const int both[] = { SIGINT, SIGQUIT };
		for (size_t i = 0; i < 2; i++) {
			int signo = both[i];
			look_at_entry(signo);
			if (current[signo] == DISP_CATCH)
				sigaddset(&base_mask, signo);
			else
				install(signo, DISP_IGNORE);
			entry_ignored[signo] = true;
		}
	}
	sig_update_mode(sh);
}

/* ---- names ---- */

static const struct {
	int num;
	const char *name;
} sig_names[] = {
	{ SIGHUP, "HUP" }, { SIGINT, "INT" }, { SIGQUIT, "QUIT" },
	{ SIGILL, "ILL" }, { SIGTRAP, "TRAP" }, { SIGABRT, "ABRT" },
	{ SIGBUS, "BUS" }, { SIGFPE, "FPE" }, { SIGKILL, "KILL" },
	{ SIGUSR1, "USR1" }, { SIGSEGV, "SEGV" }, { SIGUSR2, "USR2" },
	{ SIGPIPE, "PIPE" }, { SIGALRM, "ALRM" }, { SIGTERM, "TERM" },
#ifdef SIGSTKFLT
	{ SIGSTKFLT, "STKFLT" },
#endif
	{ SIGCHLD, "CHLD" }, { SIGCONT, "CONT" }, { SIGSTOP, "STOP" },
	{ SIGTSTP, "TSTP" }, { SIGTTIN, "TTIN" }, { SIGTTOU, "TTOU" },
	{ SIGURG, "URG" }, { SIGXCPU, "XCPU" }, { SIGXFSZ, "XFSZ" },
	{ SIGVTALRM, "VTALRM" }, { SIGPROF, "PROF" }, { SIGWINCH, "WINCH" },
#ifdef SIGIO
	{ SIGIO, "IO" },
#endif
#ifdef SIGPWR
	{ SIGPWR, "PWR" },
#endif
	{ SIGSYS, "SYS" },
};

#define N_SIG_NAMES (sizeof sig_names / sizeof sig_names[0])

int sig_max(void)
{
	return NSIG - 1;
}

const char *sig_name(int signo)
{
	static char rt[NSIG][12];
	for (size_t i = 0; i < N_SIG_NAMES; i++)
		if (sig_names[i].num == signo)
			return sig_names[i].name;
#ifdef SIGRTMIN
	if (signo >= SIGRTMIN && signo <= SIGRTMAX && signo < NSIG) {
		if (!rt[signo][0]) {
			if (signo == SIGRTMIN)
				strcpy(rt[signo], "RTMIN");
			else if (signo == SIGRTMAX)
				strcpy(rt[signo], "RTMAX");
			else
				snprintf(rt[signo], sizeof rt[signo], "RTMIN+%d",
					signo - SIGRTMIN);
		}
		return rt[signo];
	}
#endif
	return NULL;
}

int sig_number(const char *name)
{
	if (!name || !*name)
		return -1;
	if (name[0] >= '0' && name[0] <= '9') {
		char *end;
		long n = strtol(name, &end, 10);
		if (*end || n < 0 || n >= NSIG)
			return -1;
		return (int)n;
	}
	if (strncasecmp(name, "SIG", 3) == 0)
		name += 3;
	for (size_t i = 0; i < N_SIG_NAMES; i++)
		if (strcasecmp(sig_names[i].name, name) == 0)
			return sig_names[i].num;
#ifdef SIGRTMIN
	if (strncasecmp(name, "RTMIN", 5) == 0) {
		int off = name[5] == '+' ? atoi(name + 6) : 0;
		if (name[5] && name[5] != '+')
			return -1;
		return SIGRTMIN + off <= SIGRTMAX ? SIGRTMIN + off : -1;
	}
	if (strncasecmp(name, "RTMAX", 5) == 0) {
		int off = name[5] == '-' ? atoi(name + 6) : 0;
		if (name[5] && name[5] != '-')
			return -1;
		return SIGRTMAX - off >= SIGRTMIN ? SIGRTMAX - off : -1;
	}
#endif
	return -1;
}

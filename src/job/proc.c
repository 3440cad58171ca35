/* The points where the shell starts processes.  Everything a child needs
 * before it runs a line of its own happens here, in an order that closes
 * the races listed in DESIGN.md section 8.
 *
 * proc_fork is the general one: the child may run shell code.  A child
 * that only execs a program (a simple external command, a pipeline stage
 * that is one) is started by proc_spawn instead, with vfork: no copy of the
 * shell's memory, and the child makes only the system calls the new
 * program needs (its group, the terminal, the dispositions the shell
 * caught, its fds, its mask), then execve.  Not posix_spawn: glibc's asks
 * the kernel about every one of the 64 signals in the child (two
 * rt_sigaction calls each), which costs more than the fork it saves;
 * here the parent works out which dispositions differ (sig_exec_changes)
 * and the child changes those alone. */
#include "job/proc.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define COSH_HAVE_VALGRIND_H 1
#endif
#endif

#include "job/job.h"
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
 * is sent on (a forked child has not exec'd yet and dies of it, a spawned
 * one has just exec'd and gets it as from the terminal); section 5 then
 * applies as usual.  A child in a group of its own (job control), which a
 * terminal signal for the shell's group never reaches, needs nothing.
 * One sigpending for both signals. */
static void pass_on_coop_signals(struct shell *sh, pid_t child, bool own_group,
	bool async)
{
	/* An async child without job control ignores both. */
	if (own_group || async || child <= 0 || shell_is_interactive(sh))
		return;
	sigset_t held;
	if (sigpending(&held) < 0)
		sigemptyset(&held);
	static const int coop[] = { SIGINT, SIGQUIT };
	for (size_t i = 0; i < 2; i++) {
		int signo = coop[i];
		if (sig_is_pending(signo) || sigismember(&held, signo) == 1) {
			kill(child, signo);
			sig_trace(sh, signo, "came while job was being started: "
				"sent to pid %ld too", (long)child);
		}
	}
}

/* The parent's half of joining a job's group, signals blocked (SIGTTOU
 * too, so tcsetpgrp is called directly). */
static void parent_join(struct shell *sh, struct job *j, pid_t pid, bool foreground)
{
	bool leader = !j->pgid;
	if (leader)
		j->pgid = pid;
	/* EACCES (the child already exec'd) and ESRCH (it already died)
	 * are expected when the child won the race. */
	setpgid(pid, j->pgid);
	/* The group has the terminal from its first process on (each child
	 * asks for it too, in case it runs first). */
	if (leader && foreground && sh->tty_fd >= 0)
		tcsetpgrp(sh->tty_fd, j->pgid);
}

static bool held;		/* a launch holds the signals (proc_hold_signals) */
static sigset_t held_old;	/* the mask to restore then */

void proc_hold_signals(void)
{
	if (!held) {
		sig_block_all(&held_old);
		held = true;
	}
}

bool proc_take_held(sigset_t *old)
{
	if (!held)
		return false;
	*old = held_old;
	held = false;
	return true;
}

void proc_release_signals(void)
{
	if (held) {
		held = false;
		sig_restore_mask(&held_old);
	}
}

/* Blocks every signal for a fork unless a launch holds them already. */
static void block_for_fork(sigset_t *old)
{
	if (held)
		*old = held_old;
	else
		sig_block_all(old);
}

static void unblock_after_fork(const sigset_t *old)
{
	if (!held)
		sig_restore_mask(old);
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
	block_for_fork(&old);
	pid_t pid = fork();
	if (pid < 0) {
		sh_error_errno(NULL, "fork");
		unblock_after_fork(&old);
		return -1;
	}
	if (pid == 0) {
		held = false;	/* the child sets its own mask below */
		if (jc) {
			/* The child too: whichever of the two runs first puts
			 * it in its group and, in the foreground, gives it the
			 * terminal (SIGTTOU is blocked here).  setpgid(0, 0)
			 * makes a new group without asking for our pid. */
			setpgid(0, j->pgid);
			if (foreground && sh->tty_fd >= 0)
				tcsetpgrp(sh->tty_fd, j->pgid ? j->pgid : getpid());
		}
		bool ignore_int = async && !jc;
		sh->in_subshell = true;
		sh->opts[OPT_INTERACTIVE] = false;
		if (mode == PROC_EXEC)
			sig_reset_for_exec(sh, ignore_int);
		else
			sig_enter_subshell(sh, ignore_int);
		jobs_forget(sh->jobs);
		if (mode == PROC_EXEC) {
			sigset_t none;
			sigemptyset(&none);
			sigprocmask(SIG_SETMASK, &none, NULL);
		} else {
			sigprocmask(SIG_SETMASK, sig_base_mask(), NULL);
		}
		return 0;
	}
	pass_on_coop_signals(sh, pid, jc, async);
	if (jc)
		parent_join(sh, j, pid, foreground);
	job_add_process(j, pid);
	unblock_after_fork(&old);
	return pid;
}

/* ---- spawn ---- */

static int can = -1;	/* proc_can_spawn: not known yet */

bool proc_can_spawn(void)
{
	if (can < 0) {
		can = getenv("COSH_NOSPAWN") == NULL;
#ifdef COSH_HAVE_VALGRIND_H
		/* valgrind runs vfork as fork: the child's report of a
		 * failed exec would never reach the parent. */
		if (RUNNING_ON_VALGRIND)
			can = 0;
#endif
	}
	return can;
}

/* Shared by the parent and its vfork child: the parent fills it, the
 * child reads it and writes back how far it got (the parent is suspended
 * until the child has exec'd or exited). */
struct spawn_child {
	const struct spawn_req *req;
	const struct sig_change *changes;
	size_t nchanges;
	bool setpg;		/* job control: the child's group */
	pid_t pgid;		/* 0: a new group led by the child */
	int tty_fd;		/* give it the terminal, or -1 */
	bool null_stdin;
	volatile int reached;	/* the child ran (memory really shared) */
	volatile int err;	/* errno of the failed step, 0 if none */
	volatile int step;	/* that step: an index in req->acts, or -1 for execve */
	volatile int dup_failed;	/* the step opened its file but could not move it */
};

/* fd onto target, inheritable. */
static int child_move(int fd, int target)
{
	if (fd == target)
		return fcntl(fd, F_SETFD, 0);
	return dup2(fd, target) < 0 ? -1 : 0;
}

/* The vfork child: system calls only (it shares the shell's memory; it
 * writes nothing of the shell's but the report in c).  Every signal is
 * blocked on entry, inherited from the parent, until the dispositions
 * that execve would not fix are set (an ignore the shell made for itself
 * becomes the default, SIGINT and SIGQUIT become ignored in an async
 * job): a signal sent to it meanwhile waits, then acts on the child as on
 * the program.  What the shell catches stays caught until the execve;
 * the handler sees that it runs in the child (sig_spawn_window) and gives
 * such a signal the default action. */
_Noreturn static void spawn_child(struct spawn_child *c)
{
	const struct spawn_req *r = c->req;
	c->reached = 1;
	if (c->setpg) {
		setpgid(0, c->pgid);
		if (c->tty_fd >= 0)
			tcsetpgrp(c->tty_fd, c->pgid ? c->pgid : getpid());
	}
	sig_apply_changes(c->changes, c->nchanges);
	/* Every signal acts on the child as on the program now (a caught
	 * one through the window's handler): they may come in, before the
	 * redirections, as in a forked child (a Ctrl-C reaches a child that
	 * opens a slow file). */
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	if (c->null_stdin) {
		/* XCU 2.9.3: an async list without job control reads
		 * /dev/null unless redirected (the redirections follow). */
		close(STDIN_FILENO);	/* the open lands on 0 */
		int fd = open("/dev/null", O_RDONLY);
		if (fd > 0) {
			dup2(fd, STDIN_FILENO);
			close(fd);
		}
	}
	/* The pipe ends are close-on-exec: after the dup2 the originals go
	 * away with the exec, no close needed. */
	if (r->in >= 0)
		child_move(r->in, STDIN_FILENO);
	if (r->out >= 0)
		child_move(r->out, STDOUT_FILENO);
	for (size_t i = 0; i < r->nacts; i++) {
		const struct spawn_action *a = &r->acts[i];
		int rc = 0;
		switch (a->op) {
		case SPAWN_OPEN: {
			int fd;
			while ((fd = open(a->path, a->oflags | O_CLOEXEC, 0666)) < 0
			       && errno == EINTR)
				;
			if (fd >= 0 && child_move(fd, a->fd) < 0) {
				c->dup_failed = 1;
				fd = -1;
			}
			rc = fd < 0 ? -1 : 0;
			break;
		}
		case SPAWN_DUP:
			if (a->src != a->fd) {
				rc = dup2(a->src, a->fd) < 0 ? -1 : 0;
				if (rc == 0 && a->move)
					close(a->src);
			}
			break;
		case SPAWN_CLOSE:
			close(a->fd);
			break;
		}
		if (rc < 0) {
			c->err = errno ? errno : EBADF;
			c->step = (int)i;
			_exit(1);
		}
	}
	execve(r->path, r->argv, r->envp);
	c->err = errno ? errno : ENOEXEC;
	c->step = -1;
	_exit(c->err == ENOENT ? 127 : 126);
}

/* True if one of the first n actions changes fd 2: a message about the
 * step after them belongs on the stderr they made, which only the fork
 * path (the child prints) can reach. */
static bool redirects_stderr(const struct spawn_req *r, size_t n)
{
	for (size_t i = 0; i < n && i < r->nacts; i++)
		if (r->acts[i].fd == STDERR_FILENO)
			return true;
	return false;
}

/* The message the fork path's child would have printed, for a failure the
 * spawned child reported. */
static void report_failure(const struct spawn_req *r, int err, int step, bool dup_failed)
{
	errno = err;
	if (step >= 0) {
		const struct spawn_action *a = &r->acts[step];
		if (a->op == SPAWN_OPEN && !dup_failed)
			sh_error_errno(NULL, "%s", a->path);
		else
			sh_error_errno(NULL, "%d", a->fd);
	} else if (err == ENOENT) {
		sh_error(NULL, "%s: not found", r->name);
	} else {
		sh_error_errno(NULL, "%s", r->name);
	}
}

enum spawn_result proc_spawn(struct shell *sh, struct job *j,
	const struct spawn_req *req, pid_t *pidp)
{
	bool jc = proc_job_control(sh) && !j->hidden;
	struct sig_change changes[NSIG];
	struct spawn_child c = {
		.req = req,
		.changes = changes,
		.nchanges = sig_exec_changes(sh, req->async && !jc, changes),
		.setpg = jc,
		.pgid = j->pgid,
		.tty_fd = jc && req->foreground ? sh->tty_fd : -1,
		.null_stdin = req->async && !jc && req->first && req->in < 0,
	};
	sigset_t old;
	/* As in proc_fork: blocked until the child has reset what the
	 * shell caught, so that no signal runs the shell's handler in it
	 * or is lost there. */
	block_for_fork(&old);
	sig_spawn_window(true);
	pid_t pid = vfork();
	if (pid == 0)
		spawn_child(&c);
	sig_spawn_window(false);
	if (pid < 0) {
		unblock_after_fork(&old);
		sh_error_errno(NULL, "fork");
		return SPAWN_ERROR;
	}
	if (!c.reached) {
		/* A vfork that copied the memory: the child cannot report
		 * back.  Never again in this process. */
		can = 0;
		c.err = 0;
	}
	pass_on_coop_signals(sh, pid, jc, req->async);
	int err = c.err, step = c.step;
	if (err && ((step < 0 && err == ENOEXEC)
		    || redirects_stderr(req, step < 0 ? req->nacts : (size_t)step))) {
		/* A script without "#!" is read by a new shell, and a
		 * message for a redirected stderr is the child's to print:
		 * the fork path does both. */
		int st;
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
		unblock_after_fork(&old);
		return SPAWN_USE_FORK;
	}
	if (jc)
		parent_join(sh, j, pid, req->foreground);
	job_add_process(j, pid);
	unblock_after_fork(&old);
	if (err)
		report_failure(req, err, step, c.dup_failed);
	*pidp = pid;
	return SPAWN_STARTED;
}

/* The controlling terminal.  The fd is the shell's own (above 9,
 * close-on-exec); every call that changes the terminal's process group or
 * modes runs with SIGTTOU blocked, so the shell cannot stop itself in the
 * middle of a hand-over (DESIGN.md section 8).
 *
 * The shell's modes are those it had when it took the terminal at
 * start-up, updated after every foreground job that ends by itself with
 * what that job set (a user's stty is meant to last), except the editing
 * modes (keep_editing_modes).  They are put back whole after a job stops
 * or is killed, whatever that job did to the terminal. */
#include "job/tty.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "shell.h"
#include "sig/signal.h"
#include "util/error.h"
#include "util/fd.h"

/* The modes a line-oriented shell and the next job need: canonical input
 * with echo and signals, CR/NL mapping, output processing.  A job that
 * ended without restoring them (a crashed editor, 'stty raw') does not
 * take them away; all else it set (tostop, the control characters, the
 * speed) stays, since a user's stty is meant to last. */
static void keep_editing_modes(struct termios *now, const struct termios *shell)
{
	const tcflag_t lbits = ICANON | ECHO | ECHOE | ECHOK | ECHONL | ISIG | IEXTEN;
	const tcflag_t ibits = ICRNL | INLCR | IGNCR | ISTRIP;
	const tcflag_t obits = OPOST | ONLCR | OCRNL | ONLRET;
	now->c_lflag = (now->c_lflag & ~lbits) | (shell->c_lflag & lbits);
	now->c_iflag = (now->c_iflag & ~ibits) | (shell->c_iflag & ibits);
	now->c_oflag = (now->c_oflag & ~obits) | (shell->c_oflag & obits);
	now->c_cflag = (now->c_cflag & ~(CSIZE | PARENB)) | (shell->c_cflag & (CSIZE | PARENB));
	now->c_cc[VMIN] = shell->c_cc[VMIN];
	now->c_cc[VTIME] = shell->c_cc[VTIME];
}

static void block_ttou(sigset_t *old)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTTOU);
	sigprocmask(SIG_BLOCK, &set, old);
}

static int open_tty(void)
{
	int fd;
	while ((fd = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)) < 0 && errno == EINTR)
		;
	if (fd < 0)
		return -1;
	return fd_move_private(fd);	/* above 9 if the limit allows */
}

bool tty_init(struct shell *sh)
{
	const char *why = "no terminal";
	int fd = open_tty();
	if (fd < 0)
		goto fail;
	/* Not in the foreground (started with '&' from another shell):
	 * stop with SIGTTIN until that shell gives us the terminal, as
	 * POSIX shells do, instead of spinning or stealing it.  If SIGTTIN
	 * was ignored by whoever started us it cannot stop us: give up job
	 * control rather than loop. */
	for (;;) {
		pid_t fg = tcgetpgrp(fd);
		if (fg < 0) {
			why = "the terminal is not ours";
			goto fail_close;
		}
		if (fg == getpgrp())
			break;
		if (sig_was_ignored_at_entry(SIGTTIN)) {
			why = "not in the foreground";
			goto fail_close;
		}
		killpg(0, SIGTTIN);
	}
	/* Our own group; a login shell already leads one (EPERM is fine:
	 * it is a session leader, and then its group is its pid). */
	pid_t me = getpid();
	if (getpgrp() != me && setpgid(0, me) < 0 && errno != EPERM) {
		why = "cannot make a process group";
		goto fail_close;
	}
	sh->tty_fd = fd;
	tty_give(sh, getpgrp());
	sh->has_tty_modes = tcgetattr(fd, &sh->tty_modes) == 0;
	return true;
fail_close:
	close(fd);
fail:
	sh_error(NULL, "job control is off: %s", why);
	sh->tty_fd = -1;
	return false;
}

bool tty_init_script(struct shell *sh)
{
	if (sh->tty_fd >= 0)
		return true;
	int fd = open_tty();
	if (fd < 0)
		return false;
	/* In the background (or in a pipeline behind another job): the
	 * terminal is someone else's; neither wait for it nor steal it. */
	if (tcgetpgrp(fd) != getpgrp()) {
		close(fd);
		return false;
	}
	sh->tty_fd = fd;
	sh->has_tty_modes = tcgetattr(fd, &sh->tty_modes) == 0;
	return true;
}

void tty_give(struct shell *sh, pid_t pgid)
{
	if (sh->tty_fd < 0)
		return;
	sigset_t old;
	block_ttou(&old);
	while (tcsetpgrp(sh->tty_fd, pgid) < 0 && errno == EINTR)
		;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

void tty_take(struct shell *sh, bool restore)
{
	if (sh->tty_fd < 0)
		return;
	tty_give(sh, getpgrp());
	if (restore) {
		if (sh->has_tty_modes)
			tty_restore(sh, &sh->tty_modes);
	} else if (sh->has_tty_modes) {
		struct termios now;
		if (tcgetattr(sh->tty_fd, &now) < 0)
			return;
		keep_editing_modes(&now, &sh->tty_modes);
		if (memcmp(&now, &sh->tty_modes, sizeof now) != 0) {
			tty_restore(sh, &now);
			sh->tty_modes = now;
		}
	}
}

bool tty_save(struct shell *sh, struct termios *t)
{
	if (sh->tty_fd < 0)
		return false;
	return tcgetattr(sh->tty_fd, t) == 0;
}

void tty_restore(struct shell *sh, const struct termios *t)
{
	if (sh->tty_fd < 0)
		return;
	sigset_t old;
	block_ttou(&old);
	while (tcsetattr(sh->tty_fd, TCSADRAIN, t) < 0 && errno == EINTR)
		;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

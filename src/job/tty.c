/* The controlling terminal.  The fd is the shell's own (above 9,
 * close-on-exec); every call that changes the terminal's process group or
 * modes runs with SIGTTOU blocked, so the shell cannot stop itself in the
 * middle of a hand-over (DESIGN.md section 8). */
#include "job/tty.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "shell.h"
#include "util/error.h"

static struct termios shell_modes;
static bool have_shell_modes;

static void block_ttou(sigset_t *old)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTTOU);
	sigprocmask(SIG_BLOCK, &set, old);
}

bool tty_init(struct shell *sh)
{
	int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
	if (fd < 0)
		goto fail;
	int high = fcntl(fd, F_DUPFD_CLOEXEC, 10);
	close(fd);
	if (high < 0)
		goto fail;
	fd = high;
	/* Not in the foreground: stop until the outer shell gives us the
	 * terminal, as POSIX shells do, instead of spinning. */
	for (;;) {
		pid_t fg = tcgetpgrp(fd);
		if (fg < 0)
			goto fail_close;
		if (fg == getpgrp())
			break;
		kill(0, SIGTTIN);
	}
	pid_t me = getpid();
	if (getpgrp() != me && setpgid(0, me) < 0 && errno != EPERM)
		goto fail_close;
	sh->tty_fd = fd;
	tty_give(sh, getpgrp());
	have_shell_modes = tcgetattr(fd, &shell_modes) == 0;
	return true;
fail_close:
	close(fd);
fail:
	sh_error(NULL, "no job control in this shell: cannot use the terminal");
	sh->tty_fd = -1;
	return false;
}

void tty_give(struct shell *sh, pid_t pgid)
{
	if (sh->tty_fd < 0)
		return;
	sigset_t old;
	block_ttou(&old);
	tcsetpgrp(sh->tty_fd, pgid);
	sigprocmask(SIG_SETMASK, &old, NULL);
}

void tty_take(struct shell *sh)
{
	if (sh->tty_fd < 0)
		return;
	tty_give(sh, getpgrp());
	if (have_shell_modes)
		tty_restore(sh, &shell_modes);
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

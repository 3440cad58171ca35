/* A table of pointers to the ints that hold the shell's own fds.  It is a
 * global because the signal pipe, one of its entries, is itself a global
 * that the handler reads (src/sig/signal.c); the table is small, so a
 * linear search is enough. */
#include "util/fd.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <unistd.h>

#include "util/xalloc.h"

static int **owned;
static size_t nowned, capowned;

void fd_own(int *fdp)
{
	for (size_t i = 0; i < nowned; i++)
		if (owned[i] == fdp)
			return;
	if (nowned == capowned) {
		capowned = capowned ? 2 * capowned : 16;
		owned = xrealloc(owned, capowned * sizeof *owned);
	}
	owned[nowned++] = fdp;
}

void fd_disown(int *fdp)
{
	for (size_t i = 0; i < nowned; i++) {
		if (owned[i] == fdp) {
			owned[i] = owned[--nowned];
			return;
		}
	}
}

bool fd_is_owned(int fd)
{
	if (fd < 0)
		return false;
	for (size_t i = 0; i < nowned; i++)
		if (*owned[i] == fd)
			return true;
	return false;
}

int fd_dup_private(int fd)
{
	int nfd = fcntl(fd, F_DUPFD_CLOEXEC, FD_PRIVATE_MIN);
	/* EINVAL: the limit is at or below 10, EMFILE: 10 and up are full.
	 * The lowest free one will do: the table keeps the script's
	 * redirections off it. */
	if (nfd < 0 && (errno == EINVAL || errno == EMFILE))
		nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
	return nfd;
}

int fd_move_private(int fd)
{
	if (fd >= FD_PRIVATE_MIN)
		return fd;
	int err = errno;
	int nfd = fcntl(fd, F_DUPFD_CLOEXEC, FD_PRIVATE_MIN);
	errno = err;
	if (nfd < 0)
		return fd;	/* it stays: as low as it can be already */
	close(fd);
	return nfd;
}

bool fd_vacate(int fd)
{
	if (fd < 0)
		return true;
	for (size_t i = 0; i < nowned; i++) {
		if (*owned[i] != fd)
			continue;
		/* Blocked, not just careful ordering: the handler reads
		 * the pipe's int and writes to it in one go. */
		sigset_t all, old;
		sigfillset(&all);
		sigprocmask(SIG_BLOCK, &all, &old);
		int nfd = fd_dup_private(fd);
		if (nfd >= 0) {
			*owned[i] = nfd;
			close(fd);
		}
		int err = errno;
		sigprocmask(SIG_SETMASK, &old, NULL);
		errno = err;
		return nfd >= 0;
	}
	return true;
}

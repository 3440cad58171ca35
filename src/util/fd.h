/* The shell's own file descriptors (the script it reads, the terminal,
 * the signal wake-up fd, the copies kept to undo a redirection).  They live
 * above 9 when the limit on open files allows it, else as low as they can
 * (ulimit -n 6); either way a script may name any fd ("exec 10>f", "exec
 * 3>f"): before a redirection takes an fd, the shell moves its own one out
 * of the way, so that both keep working. */
#ifndef COSH_UTIL_FD_H
#define COSH_UTIL_FD_H

#include <stdbool.h>

/* Where the shell's own fds go when they can. */
#define FD_PRIVATE_MIN 10

/* Registers the int at fdp as holding one of the shell's fds (or -1).
 * fdp is borrowed until fd_disown; registering it twice is harmless.
 * fd_vacate may change *fdp. */
void fd_own(int *fdp);

/* Forgets fdp (unknown pointers are ignored).  Does not close the fd. */
void fd_disown(int *fdp);

/* True if fd is one of the shell's own: not open as far as the script's
 * redirections are concerned. */
bool fd_is_owned(int fd);

/* A close-on-exec copy of fd for the shell's own use: the lowest free fd
 * from 10 up, or, when the limit on open files leaves none there, the
 * lowest free one.  -1 (errno set) if there is none at all.  The caller
 * registers it with fd_own. */
int fd_dup_private(int fd);

/* fd (close-on-exec, just opened by the shell for itself) moved to 10 or
 * above if the limit allows; otherwise fd itself, left where it is.
 * Never fails; errno is kept. */
int fd_move_private(int fd);

/* Makes fd free for a redirection: if the shell owns it, moves it to
 * another close-on-exec fd (fd_dup_private; with every signal blocked meanwhile,
 * so that the signal handler never writes to a half-moved pipe), updates
 * the owner and closes fd.  false (errno set) if it cannot be moved. */
bool fd_vacate(int fd);

#endif

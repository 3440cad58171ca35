/* The shell's own file descriptors (the script it reads, the terminal,
 * the signal pipe, the copies kept to undo a redirection).  They live above
 * 9, but a script may name any fd ("exec 10>f"): before a redirection
 * takes an fd, the shell moves its own one out of the way, so that both
 * keep working. */
#ifndef COSH_UTIL_FD_H
#define COSH_UTIL_FD_H

#include <stdbool.h>

/* Registers the int at fdp as holding one of the shell's fds (or -1).
 * fdp is borrowed until fd_disown; registering it twice is harmless.
 * fd_vacate may change *fdp. */
void fd_own(int *fdp);

/* Forgets fdp (unknown pointers are ignored).  Does not close the fd. */
void fd_disown(int *fdp);

/* True if fd is one of the shell's own: not open as far as the script's
 * redirections are concerned. */
bool fd_is_owned(int fd);

/* Makes fd free for a redirection: if the shell owns it, moves it to
 * another close-on-exec fd above 9 (with every signal blocked meanwhile,
 * so that the signal handler never writes to a half-moved pipe), updates
 * the owner and closes fd.  false (errno set) if it cannot be moved. */
bool fd_vacate(int fd);

#endif

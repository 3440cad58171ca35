/* The one way the shell reports a problem: "cosh: [where: ]what[: strerror]"
 * on standard error, written with a single write(2) so lines from several
 * processes do not interleave. */
#ifndef COSH_UTIL_ERROR_H
#define COSH_UTIL_ERROR_H

#include <stdbool.h>
#include <stddef.h>

/* where may be NULL. */
void sh_error(const char *where, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Appends ": strerror(errno)" (errno as it was on entry). */
void sh_error_errno(const char *where, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Writes all of buf to fd, retrying on EINTR and short writes.
 * Returns false on any other error (errno set). */
bool write_all(int fd, const char *buf, size_t len);

#endif

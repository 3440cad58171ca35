/* The one way the shell reports a problem: "cosh: [where: ]what[: strerror]"
 * on standard error, written with a single write(2) so lines from several
 * processes do not interleave.  While a script, a -c string or a dot file
 * runs, "where" starts with its place: "cosh: FILE: line N: ...", the form
 * of the syntax errors, so that every message says where it came from. */
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
/* The place of every later message: *name (NULL: no place, as at the
 * interactive prompt) and *lineno.  Both pointers are borrowed for the life
 * of the process (they point into struct shell); NULL, NULL forgets them. */
void sh_error_set_place(const char *const *name, const int *lineno);
/* As sh_error, for a message whose where already names its place (a
 * syntax error names the line the lexer is on). */
void sh_error_placed(const char *where, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Writes all of buf to fd, retrying on EINTR and short writes.
 * Returns false on any other error (errno set). */
bool write_all(int fd, const char *buf, size_t len);

#endif

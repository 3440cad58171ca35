/* Allocation that cannot fail: on exhaustion the shell prints one line and
 * exits with status 2.  Every pointer returned is owned by the caller. */
#ifndef COSH_UTIL_XALLOC_H
#define COSH_UTIL_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
/* Like realloc; size 0 is treated as 1 so the result is never NULL. */
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a fresh string; caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif

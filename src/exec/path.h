/* Command search along PATH, with the cache behind 'hash'. */
#ifndef COSH_EXEC_PATH_H
#define COSH_EXEC_PATH_H

#include <stdbool.h>

struct shell;

/* The full path of an executable regular file called name on PATH (name has
 * no '/'), using and filling the cache; NULL if none.  Borrowed until the
 * cache next changes.  If only a non-executable file is found, NULL and
 * *found_noexec (if not NULL) set true. */
const char *path_lookup(struct shell *sh, const char *name, bool *found_noexec);

/* Forgets every cached path ("hash -r", and whenever PATH changes). */
void path_cache_clear(struct shell *sh);

#endif

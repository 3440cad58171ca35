/* A bump allocator.  Everything allocated from an arena lives until
 * arena_destroy (or arena_reset); nothing is freed one by one.  The AST of a
 * parsed program and per-command expansion scratch live in arenas. */
#ifndef COSH_UTIL_ARENA_H
#define COSH_UTIL_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;	/* newest block first */
};

void arena_init(struct arena *a);
/* Frees every block. The arena is reusable afterwards. */
void arena_destroy(struct arena *a);
/* Zero-filled, aligned for any type; never NULL. */
void *arena_alloc(struct arena *a, size_t size);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);

#endif

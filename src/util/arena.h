/* A bump allocator.  Everything allocated from an arena lives until
 * arena_destroy (or arena_reset); nothing is freed one by one.  The AST of a
 * parsed program and per-command expansion scratch live in arenas. */
#ifndef COSH_UTIL_ARENA_H
#define COSH_UTIL_ARENA_H

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct arena_block;

struct arena {
	struct arena_block *head;	/* newest block first */
	/* The free part of head: the fast path of arena_alloc only moves
	 * cur.  Both NULL while there is no block. */
	char *cur, *end;
};

void arena_init(struct arena *a);
/* As arena_init, with buf[0, size) (aligned for any type, owned by the
 * caller, never freed here) as the first space to allocate from: an
 * arena that lives inside the object it serves costs no malloc of its
 * own. */
void arena_init_buffer(struct arena *a, void *buf, size_t size);
/* Frees every block. The arena is reusable afterwards. */
void arena_destroy(struct arena *a);
/* arena_alloc when the current block is full: use arena_alloc. */
void *arena_alloc_block(struct arena *a, size_t size);

/* Zero-filled, aligned for any type; never NULL.  (Inline: the parser
 * allocates every node and word part here.) */
static inline void *arena_alloc(struct arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	size = size == 0 ? align : (size + align - 1) & ~(align - 1);
	/* cur may be unaligned after a string (arena_strndup). */
	size_t pad = (size_t)-(uintptr_t)a->cur & (align - 1);
	if (a->cur == NULL || (size_t)(a->end - a->cur) < size + pad)
		return arena_alloc_block(a, size);
	void *p = a->cur + pad;
	a->cur += pad + size;
	memset(p, 0, size);
	return p;
}

/* Copies of strings: no alignment (they are packed). */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);

#endif

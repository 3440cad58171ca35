#include "util/arena.h"

#include <stdlib.h>

#include "util/xalloc.h"

struct arena_block {
	struct arena_block *next;
	alignas(max_align_t) unsigned char data[];
};

/* The first block is small enough for malloc's per-thread cache: most
 * arenas hold the tree of one short command and die right after it. */
enum {
	ARENA_FIRST = 1024 - sizeof(struct arena_block),
	ARENA_BLOCK = 4096 - sizeof(struct arena_block),
};

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->cur = a->end = NULL;
}

void arena_init_buffer(struct arena *a, void *buf, size_t size)
{
	a->head = NULL;
	a->cur = buf;
	a->end = (char *)buf + size;
}

void arena_destroy(struct arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	arena_init(a);
}

/* size is already rounded up to the alignment. */
void *arena_alloc_block(struct arena *a, size_t size)
{
	struct arena_block *b = a->head;
	size_t block = b ? ARENA_BLOCK : ARENA_FIRST;
	size_t want = size > block ? size : block;
	struct arena_block *nb = xmalloc(sizeof *nb + want);
	if (b && size > block) {
		/* A big object gets its own block behind the current one,
		 * so the current block's free space is not wasted. */
		nb->next = b->next;
		b->next = nb;
	} else {
		nb->next = b;
		a->head = nb;
		a->cur = (char *)nb->data + size;
		a->end = (char *)nb->data + want;
	}
	memset(nb->data, 0, size);
	return nb->data;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p;
	if (a->cur != NULL && (size_t)(a->end - a->cur) > n) {
		p = a->cur;
		a->cur += n + 1;
	} else {
		p = arena_alloc_block(a, (n + 1 + alignof(max_align_t) - 1) &
			~(alignof(max_align_t) - 1));
	}
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

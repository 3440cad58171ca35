/* A growable array of pointers, kept NULL-terminated so a vector of strings
 * can be handed to execve as it is. */
#ifndef COSH_UTIL_VEC_H
#define COSH_UTIL_VEC_H

#include <stddef.h>

struct vec {
	void **items;	/* NULL until the first push; then items[len] == NULL */
	size_t len;
	size_t cap;
};

#define VEC_INIT { NULL, 0, 0 }

void vec_init(struct vec *v);
void vec_push(struct vec *v, void *item);
/* Frees the array, not the items. */
void vec_free(struct vec *v);
/* Frees every item with free(), then the array. */
void vec_free_all(struct vec *v);
/* Returns the NULL-terminated array (never NULL) and leaves v empty;
 * caller owns it. */
void **vec_finish(struct vec *v);

#endif

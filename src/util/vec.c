#include "util/vec.h"

#include <stdlib.h>

#include "util/xalloc.h"

void vec_init(struct vec *v)
{
	v->items = NULL;
	v->len = 0;
	v->cap = 0;
}

void vec_push(struct vec *v, void *item)
{
	if (v->len + 2 > v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->items = xrealloc(v->items, v->cap * sizeof *v->items);
	}
	v->items[v->len++] = item;
	v->items[v->len] = NULL;
}

void vec_free(struct vec *v)
{
	free(v->items);
	vec_init(v);
}

void vec_free_all(struct vec *v)
{
	for (size_t i = 0; i < v->len; i++)
		free(v->items[i]);
	vec_free(v);
}

void **vec_finish(struct vec *v)
{
	void **items = v->items ? v->items : xcalloc(1, sizeof *items);
	vec_init(v);
	return items;
}

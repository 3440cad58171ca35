#include "util/hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

static char tombstone;
#define HASH_TOMBSTONE (&tombstone)

static size_t hash_str(const char *s)
{
	/* FNV-1a: short keys, no adversary worth a keyed hash. */
	uint64_t h = 1469598103934665603u;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211u;
	}
	return (size_t)h;
}

void hash_init(struct hash *h)
{
	h->slots = NULL;
	h->cap = h->len = h->used = 0;
}

void hash_destroy(struct hash *h)
{
	for (size_t i = 0; i < h->cap; i++)
		if (h->slots[i].key && h->slots[i].key != HASH_TOMBSTONE)
			free(h->slots[i].key);
	free(h->slots);
	hash_init(h);
}

static struct hash_entry *find(const struct hash *h, const char *key)
{
	if (!h->cap)
		return NULL;
	size_t mask = h->cap - 1;
	for (size_t i = hash_str(key) & mask;; i = (i + 1) & mask) {
		struct hash_entry *e = &h->slots[i];
		if (!e->key)
			return NULL;
		if (e->key != HASH_TOMBSTONE && strcmp(e->key, key) == 0)
			return e;
	}
}

void *hash_get(const struct hash *h, const char *key)
{
	struct hash_entry *e = find(h, key);
	return e ? e->value : NULL;
}

static void grow(struct hash *h)
{
	struct hash_entry *old = h->slots;
	size_t oldcap = h->cap;
	h->cap = oldcap ? oldcap * 2 : 16;
	while (h->len * 2 >= h->cap)
		h->cap *= 2;
	h->slots = xcalloc(h->cap, sizeof *h->slots);
	h->used = h->len;
	size_t mask = h->cap - 1;
	for (size_t i = 0; i < oldcap; i++) {
		if (!old[i].key || old[i].key == HASH_TOMBSTONE)
			continue;
		size_t j = hash_str(old[i].key) & mask;
		while (h->slots[j].key)
			j = (j + 1) & mask;
		h->slots[j] = old[i];
	}
	free(old);
}

void *hash_put(struct hash *h, const char *key, void *value)
{
	struct hash_entry *e = find(h, key);
	if (e) {
		void *prev = e->value;
		e->value = value;
		return prev;
	}
	if ((h->used + 1) * 4 >= h->cap * 3)
		grow(h);
	size_t mask = h->cap - 1;
	size_t i = hash_str(key) & mask;
	while (h->slots[i].key && h->slots[i].key != HASH_TOMBSTONE)
		i = (i + 1) & mask;
	if (!h->slots[i].key)
		h->used++;
	h->slots[i].key = xstrdup(key);
	h->slots[i].value = value;
	h->len++;
	return NULL;
}

void *hash_del(struct hash *h, const char *key)
{
	struct hash_entry *e = find(h, key);
	if (!e)
		return NULL;
	void *prev = e->value;
	free(e->key);
	e->key = HASH_TOMBSTONE;
	e->value = NULL;
	h->len--;
	return prev;
}

struct hash_entry *hash_next(const struct hash *h, size_t *pos)
{
	while (*pos < h->cap) {
		struct hash_entry *e = &h->slots[(*pos)++];
		if (e->key && e->key != HASH_TOMBSTONE)
			return e;
	}
	return NULL;
}

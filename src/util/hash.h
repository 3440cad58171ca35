/* A string-keyed hash map with open addressing.  Keys are copied and owned by
 * the map; values are opaque pointers the caller owns (the map never frees a
 * value).  Used for variables, functions and the command path cache. */
#ifndef COSH_UTIL_HASH_H
#define COSH_UTIL_HASH_H

#include <stdbool.h>
#include <stddef.h>

struct hash_entry {
	char *key;	/* NULL: never used; HASH_TOMBSTONE: deleted */
	void *value;
};

struct hash {
	struct hash_entry *slots;
	size_t cap;	/* a power of two, or 0 */
	size_t len;	/* live entries */
	size_t used;	/* live + deleted */
};

#define HASH_INIT { NULL, 0, 0, 0 }

void hash_init(struct hash *h);
/* Frees the keys and the table; values are the caller's. */
void hash_destroy(struct hash *h);
/* NULL if absent. */
void *hash_get(const struct hash *h, const char *key);
/* Inserts or replaces; returns the previous value or NULL. */
void *hash_put(struct hash *h, const char *key, void *value);
/* Removes; returns the removed value or NULL. */
void *hash_del(struct hash *h, const char *key);
/* Iteration: start with *pos = 0; returns NULL when done. */
struct hash_entry *hash_next(const struct hash *h, size_t *pos);

#endif

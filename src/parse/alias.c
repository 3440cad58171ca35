/* The alias table: a hash from name to an owned copy of the value.  The
 * lexer looks names up once per command word, so a hash keeps that cheap
 * even with many aliases; listing sorts on demand, as it is rare. */
#include "parse/alias.h"

#include <stdlib.h>
#include <string.h>

#include "util/hash.h"
#include "util/xalloc.h"

struct alias_table {
	struct hash names;	/* name -> char * value, owned */
};

struct alias_table *alias_table_create(void)
{
	struct alias_table *t = xcalloc(1, sizeof(*t));
	hash_init(&t->names);
	return t;
}

void alias_table_clear(struct alias_table *t)
{
	size_t pos = 0;
	struct hash_entry *e;
	while ((e = hash_next(&t->names, &pos)))
		free(e->value);
	hash_destroy(&t->names);	/* leaves it empty and usable */
}

void alias_table_destroy(struct alias_table *t)
{
	if (t == NULL)
		return;
	alias_table_clear(t);
	free(t);
}

bool alias_is_valid_name(const char *name)
{
	return *name != '\0' && strpbrk(name, "= \t\n;&|<>()$`\\'\"") == NULL;
}

void alias_table_set(struct alias_table *t, const char *name,
	const char *value)
{
	free(hash_put(&t->names, name, xstrdup(value)));
}

const char *alias_table_get(const struct alias_table *t, const char *name)
{
	return hash_get(&t->names, name);
}

bool alias_table_empty(const struct alias_table *t)
{
	return t->names.len == 0;
}

bool alias_table_remove(struct alias_table *t, const char *name)
{
	char *value = hash_del(&t->names, name);
	if (value == NULL)
		return false;
	free(value);
	return true;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char **alias_table_list(const struct alias_table *t)
{
	const char **names = xcalloc(t->names.len + 1, sizeof(*names));
	size_t n = 0, pos = 0;
	struct hash_entry *e;
	while ((e = hash_next(&t->names, &pos)))
		names[n++] = e->key;
	qsort(names, n, sizeof(*names), compare_names);
	return names;
}

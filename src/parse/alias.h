/* The alias table (XCU 2.3.1): names and the text that replaces them when
 * they are read as the command name word of a simple command.  The shell
 * owns one table; the alias and unalias builtins change it and the lexer
 * only reads it (see parser_set_aliases). */
#ifndef COSH_PARSE_ALIAS_H
#define COSH_PARSE_ALIAS_H

#include <stdbool.h>

struct alias_table;

/* An empty table; caller destroys. */
struct alias_table *alias_table_create(void);
/* Frees the table and every definition in it.  NULL is a no-op. */
void alias_table_destroy(struct alias_table *t);

/* True if name can be defined as an alias: not empty, and none of the
 * characters that end a word or that quote or expand ('=' for the
 * builtin's sake, blanks, newline, ; & | < > ( ) $ ` \ ' "). */
bool alias_is_valid_name(const char *name);
/* Defines or redefines name; both strings are copied.  name must pass
 * alias_is_valid_name. */
void alias_table_set(struct alias_table *t, const char *name,
	const char *value);
/* The value of name, or NULL if it is not defined.  Borrowed until the
 * definition changes. */
const char *alias_table_get(const struct alias_table *t, const char *name);
/* True if no alias is defined: the lexer then skips every lookup. */
bool alias_table_empty(const struct alias_table *t);
/* False if name was not defined. */
bool alias_table_remove(struct alias_table *t, const char *name);
/* Removes every definition. */
void alias_table_clear(struct alias_table *t);
/* The defined names sorted by strcmp, in a NULL-terminated array; the
 * caller frees the array (not the names, which are borrowed until the
 * table changes). */
const char **alias_table_list(const struct alias_table *t);

#endif

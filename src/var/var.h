/* Shell variables and positional parameters.
 *
 * A variable has a name, a value (NULL when declared but unset, as after
 * "export x" or "readonly x") and flags.  The table owns names and values.
 * Special parameters ($?, $#, $@ ...) are not variables: the expander asks
 * struct shell for them. */
#ifndef COSH_VAR_VAR_H
#define COSH_VAR_VAR_H

#include <stdbool.h>
#include <stddef.h>

enum var_flag {
	VAR_EXPORT = 1 << 0,
	VAR_READONLY = 1 << 1,
};

/* A view of one entry, as vars_sorted gives them. */
struct var {
	const char *name;
	const char *value;	/* NULL: unset (the entry keeps only flags) */
	unsigned flags;
};

struct vars;

struct vars *vars_create(void);
void vars_destroy(struct vars *vs);

/* Imports "NAME=value" strings as exported variables; entries whose name is
 * not a valid shell name are kept aside and passed on to children as they
 * were (POSIX lets a shell do either; bash and dash keep them). */
void vars_import(struct vars *vs, char **envp);

/* NULL if unset.  The pointer is valid until the variable next changes. */
const char *var_get(const struct vars *vs, const char *name);
/* Whether name has an entry, set or not (a name never seen, or unset
 * since, has none); its flags go to *flags if flags is not NULL. */
bool var_flags(const struct vars *vs, const char *name, unsigned *flags);

/* Sets name to value (copied; NULL leaves the value as it is) and adds
 * flags.  Returns false, changing nothing, if the variable is readonly and
 * value is not NULL; the caller prints "NAME: readonly variable".  With
 * allexport (set -a) on, the caller passes VAR_EXPORT. */
bool var_set(struct vars *vs, const char *name, const char *value, unsigned flags);
/* Unsets (removes value and flags).  false if readonly. */
bool var_unset(struct vars *vs, const char *name);

/* A NULL-terminated "NAME=value" array of the exported, set variables for
 * execve.  Borrowed: valid until the next change to a variable; made
 * again only when an exported one changed since the last call. */
char *const *vars_environ(struct vars *vs);

/* All entries (set or not), sorted by name (by strcmp; LC_COLLATE is
 * not consulted) for "set", "export -p", "readonly -p".  Caller frees the
 * array with one free(), which releases the views too; the names and
 * values they point to are borrowed until the next change.
 * *n receives the count. */
struct var **vars_sorted(const struct vars *vs, size_t *n);

/* Saving and restoring one variable around a command with prefix
 * assignments (VAR=x func): var_save records name's whole state,
 * var_restore puts it back exactly (set, unset or absent, with its flags)
 * and frees the record. */
struct var_save;
struct var_save *var_save(const struct vars *vs, const char *name);
void var_restore(struct vars *vs, struct var_save *save);

/* Function scopes for "local" (dynamic scope, as in every peer shell).
 * vars_push_scope opens one at a function call; vars_pop_scope, at its
 * return, puts back every variable made local in it, exactly as it was
 * (value, flags, or absence).  Lookup cost does not depend on scopes. */
void vars_push_scope(struct vars *vs);
void vars_pop_scope(struct vars *vs);
/* Open scopes: 0 outside any function. */
size_t vars_scope_depth(const struct vars *vs);
/* Makes name local to the innermost scope (recording its outer state the
 * first time in that scope); a new local starts unset but keeps the export
 * flag.  value, if not NULL, is then assigned.  Outside any scope it is a
 * plain assignment.  false, changing nothing, if name is readonly. */
bool var_make_local(struct vars *vs, const char *name, const char *value);

/* Incremented by every var_set/var_unset of PATH, so the command path cache
 * can tell it is stale. */
unsigned long vars_path_generation(const struct vars *vs);

/* Incremented by every var_set/var_unset/var_restore of OPTIND, so getopts
 * can tell that the script assigned OPTIND (even the same value: OPTIND=1
 * restarts the scan) since getopts itself last stored it. */
unsigned long vars_optind_generation(const struct vars *vs);

/* Whether the locale the variables ask for (LC_ALL, LC_CTYPE, LANG) has
 * multibyte characters; it is put in force here, on first need, not when
 * the variables change.  Call it before any use of the C library's
 * character functions on a byte above 0x7f (mbrtowc, wctype ...). */
bool vars_ctype_multibyte(void);
/* From now on the locale follows the variables at once, as readline,
 * which reads it itself, needs in an interactive shell. */
void vars_ctype_eager(void);

void strv_free(char **v);
size_t strv_len(char *const *v);
/* Deep copy; caller frees with strv_free. */
char **strv_dup(char *const *v);

/* Quotes s for re-input, as needed ("a b" -> 'a b', "'" -> \',
 * "it's" -> 'it'\''s', "abc" -> abc, "" -> ''); a value with a control
 * character in the $'...' form ("a<newline>b" -> $'a\nb').  Appends to
 * out. */
struct strbuf;
void shell_quote(struct strbuf *out, const char *s);

#endif

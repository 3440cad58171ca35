/* The variable table: a hash from name to struct var.  Entries stay in the
 * table while they carry flags even when unset ("export x" before x has a
 * value), so that a later assignment inherits the export flag.  Environment
 * entries whose names are not shell names cannot be variables, but other
 * programs may rely on them, so they are kept aside verbatim and handed on to
 * children. */
#include "var/var.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "util/hash.h"
#include "util/strbuf.h"
#include "util/vec.h"
#include "util/xalloc.h"

struct vars {
	struct hash map;		/* name -> struct var * (owned) */
	struct vec foreign_env;		/* "NAME=value" with invalid NAME (owned) */
	unsigned long path_gen;
	unsigned long optind_gen;
	/* Function scopes: the saved outer state of every local variable,
	 * in the order "local" made them, and where each open scope starts
	 * in that list.  Lookup never consults them: a local lives in the
	 * one table like any variable (dynamic scope), so var_get stays one
	 * hash probe however deep the calls go; only the end of a scope
	 * walks its own records back. */
	struct vec locals;		/* struct var_save * (owned) */
	size_t *scope_start;
	size_t nscopes, scope_cap;
};

/* A record of one variable's complete state for var_restore. */
struct var_save {
	char *name;
	bool existed;
	char *value;
	unsigned flags;
};

static bool var_is_name_n(const char *s, size_t n)
{
	if (n == 0 || !((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') || s[0] == '_'))
		return false;
	for (size_t i = 1; i < n; i++) {
		char c = s[i];
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		      (c >= '0' && c <= '9') || c == '_'))
			return false;
	}
	return true;
}

static void var_free(struct var *v)
{
	if (!v)
		return;
	free(v->name);
	free(v->value);
	free(v);
}

/* The shell's own character handling (pattern matching, ${#x}) follows
 * LC_ALL, LC_CTYPE and LANG as the shell's variables hold them, exported
 * or not, from start-up on, as in bash: the first of them that is set and
 * not empty, else the C locale; a name the system does not know is C. */
static void update_ctype(const struct vars *vs)
{
	static const char *const names[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	const char *value = NULL;
	for (size_t i = 0; i < sizeof names / sizeof names[0] && !value; i++) {
		value = var_get(vs, names[i]);
		if (value && !*value)
			value = NULL;
	}
	if (!value || !setlocale(LC_CTYPE, value))
		setlocale(LC_CTYPE, "C");
}

static void note_change(struct vars *vs, const char *name)
{
	if (strcmp(name, "PATH") == 0)
		vs->path_gen++;
	else if (strcmp(name, "OPTIND") == 0)
		vs->optind_gen++;
	else if (name[0] == 'L' && (strcmp(name, "LC_ALL") == 0 ||
		 strcmp(name, "LC_CTYPE") == 0 || strcmp(name, "LANG") == 0))
		update_ctype(vs);
}

struct vars *vars_create(void)
{
	struct vars *vs = xcalloc(1, sizeof *vs);
	hash_init(&vs->map);
	vec_init(&vs->foreign_env);
	return vs;
}

void vars_destroy(struct vars *vs)
{
	if (!vs)
		return;
	size_t pos = 0;
	struct hash_entry *e;
	while ((e = hash_next(&vs->map, &pos)))
		var_free(e->value);
	hash_destroy(&vs->map);
	vec_free_all(&vs->foreign_env);
	while (vs->nscopes > 0)
		vars_pop_scope(vs);
	vec_free(&vs->locals);
	free(vs->scope_start);
	free(vs);
}

void vars_import(struct vars *vs, char **envp)
{
	if (!envp)
		return;
	for (; *envp; envp++) {
		const char *eq = strchr(*envp, '=');
		if (!eq)
			continue;
		size_t n = (size_t)(eq - *envp);
		if (!var_is_name_n(*envp, n)) {
			vec_push(&vs->foreign_env, xstrdup(*envp));
			continue;
		}
		char *name = xstrndup(*envp, n);
		var_set(vs, name, eq + 1, VAR_EXPORT);
		free(name);
	}
}

const char *var_get(const struct vars *vs, const char *name)
{
	struct var *v = hash_get(&vs->map, name);
	return v ? v->value : NULL;
}

struct var *var_lookup(const struct vars *vs, const char *name)
{
	return hash_get(&vs->map, name);
}

bool var_set(struct vars *vs, const char *name, const char *value, unsigned flags)
{
	struct var *v = hash_get(&vs->map, name);
	if (!v) {
		v = xcalloc(1, sizeof *v);
		v->name = xstrdup(name);
		hash_put(&vs->map, name, v);
	} else if (value && (v->flags & VAR_READONLY)) {
		return false;
	}
	if (value) {
		/* value may point into the old value (x=${x#?}); copy first. */
		char *copy = xstrdup(value);
		free(v->value);
		v->value = copy;
		note_change(vs, name);
	}
	v->flags |= flags;
	return true;
}

bool var_unset(struct vars *vs, const char *name)
{
	struct var *v = hash_get(&vs->map, name);
	if (!v)
		return true;
	if (v->flags & VAR_READONLY)
		return false;
	hash_del(&vs->map, name);
	var_free(v);
	note_change(vs, name);
	return true;
}

char **vars_environ(const struct vars *vs)
{
	struct vec out = VEC_INIT;
	size_t pos = 0;
	struct hash_entry *e;
	while ((e = hash_next(&vs->map, &pos))) {
		struct var *v = e->value;
		if (!(v->flags & VAR_EXPORT) || !v->value)
			continue;
		size_t nl = strlen(v->name), vl = strlen(v->value);
		char *s = xmalloc(nl + vl + 2);
		memcpy(s, v->name, nl);
		s[nl] = '=';
		memcpy(s + nl + 1, v->value, vl + 1);
		vec_push(&out, s);
	}
	for (size_t i = 0; i < vs->foreign_env.len; i++)
		vec_push(&out, xstrdup(vs->foreign_env.items[i]));
	return (char **)vec_finish(&out);
}

static int var_cmp(const void *a, const void *b)
{
	const struct var *x = *(struct var *const *)a;
	const struct var *y = *(struct var *const *)b;
	return strcmp(x->name, y->name);
}

struct var **vars_sorted(const struct vars *vs, size_t *n)
{
	struct var **arr = xmalloc((vs->map.len + 1) * sizeof *arr);
	size_t k = 0, pos = 0;
	struct hash_entry *e;
	while ((e = hash_next(&vs->map, &pos)))
		arr[k++] = e->value;
	arr[k] = NULL;
	qsort(arr, k, sizeof *arr, var_cmp);
	*n = k;
	return arr;
}

struct var_save *var_save(const struct vars *vs, const char *name)
{
	struct var_save *s = xcalloc(1, sizeof *s);
	s->name = xstrdup(name);
	struct var *v = hash_get(&vs->map, name);
	if (v) {
		s->existed = true;
		s->value = v->value ? xstrdup(v->value) : NULL;
		s->flags = v->flags;
	}
	return s;
}

void var_restore(struct vars *vs, struct var_save *save)
{
	if (!save)
		return;
	/* Restoring ignores readonly on purpose: "readonly x" inside a
	 * function called as x=1 f must not outlive the call's x=1. */
	struct var *v = hash_get(&vs->map, save->name);
	if (!save->existed) {
		if (v) {
			hash_del(&vs->map, save->name);
			var_free(v);
		}
	} else {
		if (!v) {
			v = xcalloc(1, sizeof *v);
			v->name = xstrdup(save->name);
			hash_put(&vs->map, save->name, v);
		}
		free(v->value);
		v->value = save->value;
		save->value = NULL;
		v->flags = save->flags;
	}
	note_change(vs, save->name);
	free(save->name);
	free(save->value);
	free(save);
}

void vars_push_scope(struct vars *vs)
{
	if (vs->nscopes == vs->scope_cap) {
		vs->scope_cap = vs->scope_cap ? 2 * vs->scope_cap : 16;
		vs->scope_start = xrealloc(vs->scope_start,
			vs->scope_cap * sizeof *vs->scope_start);
	}
	vs->scope_start[vs->nscopes++] = vs->locals.len;
}

void vars_pop_scope(struct vars *vs)
{
	if (vs->nscopes == 0)
		return;
	size_t start = vs->scope_start[--vs->nscopes];
	/* Newest first, so that nothing restored is overwritten by an
	 * older record of the same scope (there is none: one per name). */
	while (vs->locals.len > start) {
		struct var_save *s = vs->locals.items[--vs->locals.len];
		vs->locals.items[vs->locals.len] = NULL;
		var_restore(vs, s);
	}
}

size_t vars_scope_depth(const struct vars *vs)
{
	return vs->nscopes;
}

bool var_make_local(struct vars *vs, const char *name, const char *value)
{
	struct var *v = hash_get(&vs->map, name);
	if (v && (v->flags & VAR_READONLY))
		return false;
	if (vs->nscopes == 0)
		return var_set(vs, name, value, 0);
	size_t start = vs->scope_start[vs->nscopes - 1];
	bool already = false;
	for (size_t i = start; i < vs->locals.len && !already; i++)
		already = strcmp(((struct var_save *)vs->locals.items[i])->name,
			name) == 0;
	if (!already) {
		vec_push(&vs->locals, var_save(vs, name));
		/* A new local starts unset, as in bash and mksh (dash keeps
		 * the outer value); it keeps the export flag, so that
		 * assigning it reaches children as the outer one did. */
		if (v && v->value) {
			free(v->value);
			v->value = NULL;
			v->flags &= VAR_EXPORT;
			note_change(vs, name);
		}
	}
	return value ? var_set(vs, name, value, 0) : true;
}

unsigned long vars_path_generation(const struct vars *vs)
{
	return vs->path_gen;
}

unsigned long vars_optind_generation(const struct vars *vs)
{
	return vs->optind_gen;
}

void strv_free(char **v)
{
	if (!v)
		return;
	for (char **p = v; *p; p++)
		free(*p);
	free(v);
}

size_t strv_len(char *const *v)
{
	size_t n = 0;
	if (v)
		while (v[n])
			n++;
	return n;
}

char **strv_dup(char *const *v)
{
	size_t n = strv_len(v);
	char **out = xmalloc((n + 1) * sizeof *out);
	for (size_t i = 0; i < n; i++)
		out[i] = xstrdup(v[i]);
	out[n] = NULL;
	return out;
}

static bool is_safe_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (c >= '0' && c <= '9') || (c != '\0' && strchr("_./,:@%+=-", c));
}

/* A control character would not survive a line-oriented reader (grep,
 * read) and is invisible on a terminal: a value that holds one takes the
 * $'...' form of POSIX.1-2024, as in bash and mksh.  Bytes from 0x80 up
 * are left alone: they are the letters of a multibyte locale. */
static bool is_control_char(unsigned char c)
{
	return c < 0x20 || c == 0x7f;
}

static void append_dollar_quoted(struct strbuf *out, const char *s)
{
	strbuf_append(out, "$'");
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= '\a' && c <= '\r') {
			strbuf_appendc(out, '\\');
			strbuf_appendc(out, "abtnvfr"[c - '\a']);
		} else if (c == 033) {
			strbuf_append(out, "\\e");
		} else if (is_control_char(c)) {
			strbuf_appendf(out, "\\%03o", c);
		} else {
			if (c == '\'' || c == '\\')
				strbuf_appendc(out, '\\');
			strbuf_appendc(out, (char)c);
		}
	}
	strbuf_appendc(out, '\'');
}

void shell_quote(struct strbuf *out, const char *s)
{
	bool safe = *s != '\0', control = false;
	for (const char *p = s; *p; p++) {
		safe = safe && is_safe_char(*p);
		control = control || is_control_char((unsigned char)*p);
	}
	if (safe)
		strbuf_append(out, s);
	else if (control)
		append_dollar_quoted(out, s);
	else if (strcmp(s, "'") == 0)
		strbuf_append(out, "\\'");	/* rather than ''\''' */
	else
		strbuf_append_squoted(out, s);
}

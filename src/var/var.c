/* The variable table: a hash from name to struct var.  Entries stay in the
 * table while they carry flags even when unset ("export x" before x has a
 * value), so that a later assignment inherits the export flag.  Environment
 * entries whose names are not shell names cannot be variables, but other
 * programs may rely on them, so they are kept aside verbatim and handed on to
 * children. */
#include "var/var.h"

#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/strbuf.h"
#include "util/vec.h"
#include "util/xalloc.h"

/* One variable is one allocation: a small header, then its name and its
 * value, each NUL-terminated, so that a table of many variables costs
 * little more than their text (dash spends the same on its "NAME=value"
 * strings plus a list node).  An assignment that fits the allocation
 * writes the value in place; a longer one moves the variable to a larger
 * block with room to grow, and the table's slot follows it. */
struct var_ent {
	uint32_t cap;		/* bytes of text[]; VAR_CAP_UNKNOWN: huge */
	uint16_t flags;		/* enum var_flag, plus VAR_HAS_VALUE */
	uint16_t nlen;		/* strlen(name), or VAR_NLEN_LONG */
	char text[];		/* name '\0' value '\0' */
};

#define VAR_HAS_VALUE	0x8000u
#define VAR_NLEN_LONG	UINT16_MAX
#define VAR_CAP_UNKNOWN	UINT32_MAX

/* The table: open addressing with linear probing over pointers to
 * entries, at most three quarters full; deletion shifts the following
 * run back, so no tombstones pile up under local/unset churn. */
struct var_table {
	struct var_ent **slots;
	size_t cap;	/* a power of two, or 0 */
	size_t len;
};

struct vars {
	struct var_table map;
	struct vec foreign_env;		/* "NAME=value" with invalid NAME (owned) */
	unsigned long path_gen;
	unsigned long optind_gen;
	/* vars_environ's array (one block), kept until an exported variable
	 * changes: env_stale is set by every change that reaches one. */
	char **env;
	bool env_stale;
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

/* A record of one variable's complete state for var_restore, in one
 * allocation: value (if any) points into name's block. */
struct var_save {
	bool existed;
	unsigned flags;
	char *value;
	char name[];
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

static size_t hash_name(const char *s)
{
	/* FNV-1a: short keys, no adversary worth a keyed hash. */
	uint64_t h = 1469598103934665603u;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211u;
	}
	return (size_t)(h ^ (h >> 29));
}

static size_t ent_nlen(const struct var_ent *e)
{
	return e->nlen != VAR_NLEN_LONG ? e->nlen : strlen(e->text);
}

static char *ent_value(struct var_ent *e)
{
	return e->flags & VAR_HAS_VALUE ? e->text + ent_nlen(e) + 1 : NULL;
}

/* A new entry for name (nl bytes) with room for a value of vl bytes.
 * The block is rounded up to malloc's own granularity (glibc hands out
 * 16n + 8 usable bytes), which costs nothing and lets short values
 * change in place. */
static struct var_ent *ent_new(const char *name, size_t nl, size_t vl)
{
	size_t text = nl + 1 + vl + 1;
	size_t total = offsetof(struct var_ent, text) + text;
	total = total <= 24 ? 24 : ((total + 7) | 15) - 7;
	struct var_ent *e = xmalloc(total);
	text = total - offsetof(struct var_ent, text);
	e->cap = text < VAR_CAP_UNKNOWN ? (uint32_t)text : VAR_CAP_UNKNOWN;
	e->flags = 0;
	e->nlen = nl < VAR_NLEN_LONG ? (uint16_t)nl : VAR_NLEN_LONG;
	memcpy(e->text, name, nl);
	e->text[nl] = '\0';
	return e;
}

/* The slot holding name, or the empty slot where it would go. */
static struct var_ent **table_slot(const struct var_table *t, const char *name)
{
	size_t mask = t->cap - 1;
	for (size_t i = hash_name(name) & mask;; i = (i + 1) & mask) {
		struct var_ent *e = t->slots[i];
		if (!e || (e->text[0] == name[0] && strcmp(e->text, name) == 0))
			return &t->slots[i];
	}
}

static struct var_ent *table_get(const struct var_table *t, const char *name)
{
	return t->cap ? *table_slot(t, name) : NULL;
}

static void table_grow(struct var_table *t)
{
	struct var_ent **old = t->slots;
	size_t oldcap = t->cap;
	t->cap = oldcap ? 2 * oldcap : 64;
	t->slots = xcalloc(t->cap, sizeof *t->slots);
	for (size_t i = 0; i < oldcap; i++)
		if (old[i])
			*table_slot(t, old[i]->text) = old[i];
	free(old);
}

/* The slot for name, made ready to receive a new entry if it is absent. */
static struct var_ent **table_insert_slot(struct var_table *t, const char *name)
{
	if ((t->len + 1) * 4 > t->cap * 3)
		table_grow(t);
	return table_slot(t, name);
}

static void table_remove(struct var_table *t, struct var_ent **slot)
{
	size_t mask = t->cap - 1;
	size_t i = (size_t)(slot - t->slots);
	free(t->slots[i]);
	t->len--;
	/* Backward shift: an entry further along the run moves into the
	 * hole unless its home slot lies cyclically in (i, j]. */
	for (size_t j = (i + 1) & mask; t->slots[j]; j = (j + 1) & mask) {
		size_t k = hash_name(t->slots[j]->text) & mask;
		bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
		if (stays)
			continue;
		t->slots[i] = t->slots[j];
		i = j;
	}
	t->slots[i] = NULL;
}

/* Gives the entry in *slot the value (vl bytes), moving it to a larger
 * block if needed.  value may point into the entry's own old value. */
static struct var_ent *ent_assign(struct var_ent **slot, const char *value, size_t vl)
{
	struct var_ent *e = *slot;
	size_t nl = ent_nlen(e);
	if (e->cap != VAR_CAP_UNKNOWN && nl + 1 + vl + 1 <= e->cap) {
		memmove(e->text + nl + 1, value, vl);
		e->text[nl + 1 + vl] = '\0';
		e->flags |= VAR_HAS_VALUE;
		return e;
	}
	/* A value that outgrew its block often grows again (acc="$acc x"):
	 * leave it half as much room again. */
	struct var_ent *n = ent_new(e->text, nl, vl + vl / 2);
	memcpy(n->text + nl + 1, value, vl);
	n->text[nl + 1 + vl] = '\0';
	n->flags = e->flags | VAR_HAS_VALUE;
	*slot = n;
	free(e);
	return n;
}

/* The shell's own character handling (pattern matching, ${#x}) follows
 * LC_ALL, LC_CTYPE and LANG as the shell's variables hold them, exported
 * or not, from start-up on, as in bash: the first of them that is set and
 * not empty, else the C locale; a name the system does not know is C.
 *
 * setlocale loads the locale's files (a few hundred kilobytes of memory
 * for C.UTF-8), which a script that never meets a byte above 0x7f does not
 * need: the name is only noted here, and vars_ctype_multibyte applies it
 * the first time a character needs decoding.  The note is process-wide
 * state because the locale is (shell.h lists it among the globals). */
static char ctype_wanted[256];	/* "" for the C locale */
static bool ctype_stale;
static bool ctype_eager;

static void ctype_apply(void)
{
	ctype_stale = false;
	if (!ctype_wanted[0] || !setlocale(LC_CTYPE, ctype_wanted))
		setlocale(LC_CTYPE, "C");
}

static void update_ctype(const struct vars *vs)
{
	static const char *const names[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	const char *value = NULL;
	for (size_t i = 0; i < sizeof names / sizeof names[0] && !value; i++) {
		value = var_get(vs, names[i]);
		if (value && !*value)
			value = NULL;
	}
	size_t len = value ? strlen(value) : 0;
	if (len >= sizeof ctype_wanted) {
		/* No locale has such a name, but ask the system anyway. */
		ctype_wanted[0] = '\0';
		if (!setlocale(LC_CTYPE, value))
			setlocale(LC_CTYPE, "C");
		ctype_stale = false;
		return;
	}
	memcpy(ctype_wanted, value ? value : "", len + 1);
	ctype_stale = true;
	if (ctype_eager)
		ctype_apply();
}

bool vars_ctype_multibyte(void)
{
	if (ctype_stale)
		ctype_apply();
	return MB_CUR_MAX > 1;
}

void vars_ctype_eager(void)
{
	ctype_eager = true;
	if (ctype_stale)
		ctype_apply();
}

/* What a change of the named variable means beyond the table. */
enum var_watch { WATCH_NONE, WATCH_PATH, WATCH_OPTIND, WATCH_CTYPE };

static enum var_watch watch_of(const char *name)
{
	if (strcmp(name, "PATH") == 0)
		return WATCH_PATH;
	if (strcmp(name, "OPTIND") == 0)
		return WATCH_OPTIND;
	if (name[0] == 'L' && (strcmp(name, "LC_ALL") == 0 ||
	    strcmp(name, "LC_CTYPE") == 0 || strcmp(name, "LANG") == 0))
		return WATCH_CTYPE;
	return WATCH_NONE;
}

static void note_watch(struct vars *vs, enum var_watch w)
{
	if (w == WATCH_PATH)
		vs->path_gen++;
	else if (w == WATCH_OPTIND)
		vs->optind_gen++;
	else if (w == WATCH_CTYPE)
		update_ctype(vs);
}

/* name may be the caller's or an entry's own: it is read before the entry
 * can move or go. */
static void note_change(struct vars *vs, const char *name)
{
	note_watch(vs, watch_of(name));
}

struct vars *vars_create(void)
{
	struct vars *vs = xcalloc(1, sizeof *vs);
	vec_init(&vs->foreign_env);
	vs->env_stale = true;
	return vs;
}

/* An exported variable (flags, before or after the change) changed. */
static void note_env(struct vars *vs, unsigned flags)
{
	if (flags & VAR_EXPORT)
		vs->env_stale = true;
}

void vars_destroy(struct vars *vs)
{
	if (!vs)
		return;
	while (vs->nscopes > 0)
		vars_pop_scope(vs);
	for (size_t i = 0; i < vs->map.cap; i++)
		free(vs->map.slots[i]);
	free(vs->map.slots);
	vec_free_all(&vs->foreign_env);
	free(vs->env);
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
	struct var_ent *e = table_get(&vs->map, name);
	return e ? ent_value(e) : NULL;
}

bool var_flags(const struct vars *vs, const char *name, unsigned *flags)
{
	struct var_ent *e = table_get(&vs->map, name);
	if (e && flags)
		*flags = e->flags & ~VAR_HAS_VALUE;
	return e != NULL;
}

bool var_set(struct vars *vs, const char *name, const char *value, unsigned flags)
{
	struct var_ent **slot = table_insert_slot(&vs->map, name);
	struct var_ent *e = *slot;
	size_t vl = value ? strlen(value) : 0;
	if (!e) {
		e = *slot = ent_new(name, strlen(name), vl);
		vs->map.len++;
	} else if (value && (e->flags & VAR_READONLY)) {
		return false;
	}
	unsigned before = e->flags;
	if (value) {
		enum var_watch w = watch_of(name);
		e = ent_assign(slot, value, vl);
		note_watch(vs, w);
	}
	e->flags |= (uint16_t)flags;
	/* A new value of an exported variable, or a variable newly
	 * exported. */
	if (value || (e->flags & ~before))
		note_env(vs, e->flags);
	return true;
}

bool var_unset(struct vars *vs, const char *name)
{
	if (!vs->map.cap)
		return true;
	struct var_ent **slot = table_slot(&vs->map, name);
	if (!*slot)
		return true;
	if ((*slot)->flags & VAR_READONLY)
		return false;
	enum var_watch w = watch_of(name);
	note_env(vs, (*slot)->flags);
	table_remove(&vs->map, slot);
	note_watch(vs, w);
	return true;
}

/* An entry that execve's environment carries. */
static bool in_environ(const struct var_ent *e)
{
	return e && (e->flags & VAR_EXPORT) && (e->flags & VAR_HAS_VALUE);
}

char *const *vars_environ(struct vars *vs)
{
	if (!vs->env_stale && vs->env)
		return vs->env;
	/* The pointers, then the strings, in one block. */
	size_t n = vs->foreign_env.len, bytes = 0;
	for (size_t i = 0; i < vs->map.cap; i++) {
		struct var_ent *e = vs->map.slots[i];
		if (!in_environ(e))
			continue;
		size_t nl = ent_nlen(e);
		bytes += nl + strlen(e->text + nl + 1) + 2;
		n++;
	}
	for (size_t i = 0; i < vs->foreign_env.len; i++)
		bytes += strlen(vs->foreign_env.items[i]) + 1;
	free(vs->env);
	char **env = xmalloc((n + 1) * sizeof *env + bytes);
	char *p = (char *)(env + n + 1);
	size_t k = 0;
	for (size_t i = 0; i < vs->map.cap; i++) {
		struct var_ent *e = vs->map.slots[i];
		if (!in_environ(e))
			continue;
		size_t nl = ent_nlen(e), vl = strlen(e->text + nl + 1);
		memcpy(p, e->text, nl + 1 + vl + 1);
		p[nl] = '=';
		env[k++] = p;
		p += nl + vl + 2;
	}
	for (size_t i = 0; i < vs->foreign_env.len; i++) {
		size_t len = strlen(vs->foreign_env.items[i]) + 1;
		memcpy(p, vs->foreign_env.items[i], len);
		env[k++] = p;
		p += len;
	}
	env[k] = NULL;
	vs->env = env;
	vs->env_stale = false;
	return env;
}

static int var_cmp(const void *a, const void *b)
{
	const struct var *x = *(struct var *const *)a;
	const struct var *y = *(struct var *const *)b;
	return strcmp(x->name, y->name);
}

struct var **vars_sorted(const struct vars *vs, size_t *n)
{
	/* The pointers and the views they point to in one block, so that
	 * the caller's single free releases both. */
	size_t len = vs->map.len;
	struct var **arr = xmalloc((len + 1) * sizeof *arr + len * sizeof(struct var));
	struct var *views = (struct var *)(arr + len + 1);
	size_t k = 0;
	for (size_t i = 0; i < vs->map.cap; i++) {
		struct var_ent *e = vs->map.slots[i];
		if (!e)
			continue;
		views[k].name = e->text;
		views[k].value = ent_value(e);
		views[k].flags = e->flags & ~VAR_HAS_VALUE;
		arr[k] = &views[k];
		k++;
	}
	arr[k] = NULL;
	qsort(arr, k, sizeof *arr, var_cmp);
	*n = k;
	return arr;
}

struct var_save *var_save(const struct vars *vs, const char *name)
{
	struct var_ent *e = table_get(&vs->map, name);
	const char *value = e ? ent_value(e) : NULL;
	size_t nl = strlen(name), vl = value ? strlen(value) + 1 : 0;
	struct var_save *s = xmalloc(sizeof *s + nl + 1 + vl);
	memcpy(s->name, name, nl + 1);
	s->existed = e != NULL;
	s->flags = e ? e->flags & ~VAR_HAS_VALUE : 0;
	s->value = NULL;
	if (value) {
		s->value = s->name + nl + 1;
		memcpy(s->value, value, vl);
	}
	return s;
}

void var_restore(struct vars *vs, struct var_save *save)
{
	if (!save)
		return;
	/* Restoring ignores readonly on purpose: "readonly x" inside a
	 * function called as x=1 f must not outlive the call's x=1. */
	note_env(vs, save->flags);
	if (!save->existed) {
		if (vs->map.cap) {
			struct var_ent **slot = table_slot(&vs->map, save->name);
			if (*slot) {
				note_env(vs, (*slot)->flags);
				table_remove(&vs->map, slot);
			}
		}
	} else {
		struct var_ent **slot = table_insert_slot(&vs->map, save->name);
		if (*slot)
			note_env(vs, (*slot)->flags);
		if (!*slot) {
			*slot = ent_new(save->name, strlen(save->name),
				save->value ? strlen(save->value) : 0);
			vs->map.len++;
		}
		struct var_ent *e = *slot;
		if (save->value)
			e = ent_assign(slot, save->value, strlen(save->value));
		e->flags = (uint16_t)(save->flags | (save->value ? VAR_HAS_VALUE : 0));
	}
	note_change(vs, save->name);
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
	struct var_ent *e = table_get(&vs->map, name);
	if (e && (e->flags & VAR_READONLY))
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
		if (e && (e->flags & VAR_HAS_VALUE)) {
			note_env(vs, e->flags);
			e->flags &= VAR_EXPORT;
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

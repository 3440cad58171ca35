/* Pathname expansion (XCU 2.13.3) with opendir/readdir and our own matcher.
 * The pattern is split at '/' into components; a component without pattern
 * characters is taken literally without reading its directory (a pattern
 * like src/NAME*.c reads only src), the others are matched against every
 * entry.  A leading '.' in a name must be matched by a literal '.', . and
 * .. are never matched by a pattern, and '/' never comes out of a pattern character because components are matched
 * one by one. */
#include "expand/expand.h"
#include "expand/expand_int.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/strbuf.h"
#include "util/vec.h"
#include "util/xalloc.h"

struct glob_state {
	char **comps;		/* the components, still escaped */
	size_t ncomps;
	bool absolute;
	struct vec *out;
};

static void unescape_into(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\' && s[1])
			s++;
		strbuf_appendc(sb, *s);
	}
}

static bool path_exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}

static bool path_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* path holds the expansion of components [0, i); it is restored on return.
 * checked: the last step came from readdir, so the path is known to exist. */
static void glob_walk(struct glob_state *g, struct strbuf *path, size_t i, bool checked)
{
	if (i == g->ncomps) {
		if (checked || path_exists(path->data ? path->data : ""))
			vec_push(g->out, xstrdup(strbuf_str(path)));
		return;
	}
	size_t base = path->len;
	const char *comp = g->comps[i];
	bool sep = i > 0 || g->absolute;

	if (comp[0] == '\0') {
		/* a trailing or doubled '/': the path so far must be a directory */
		strbuf_appendc(path, '/');
		if (i + 1 == g->ncomps) {
			if (path_is_dir(strbuf_str(path)))
				vec_push(g->out, xstrdup(strbuf_str(path)));
		} else {
			glob_walk(g, path, i + 1, false);
		}
		strbuf_truncate(path, base);
		return;
	}
	if (!pattern_has_magic(comp)) {
		if (sep)
			strbuf_appendc(path, '/');
		unescape_into(path, comp);
		glob_walk(g, path, i + 1, false);
		strbuf_truncate(path, base);
		return;
	}

	const char *dirname = path->len ? strbuf_str(path) : (g->absolute ? "/" : ".");
	DIR *dir = opendir(dirname);
	if (!dir)
		return;
	bool dot_ok = comp[0] == '.' || (comp[0] == '\\' && comp[1] == '.');
	struct dirent *de;
	while ((de = readdir(dir))) {
		if (de->d_name[0] == '.' && !dot_ok)
			continue;
		/* . and .. come only from a component that names them
		 * literally (taken above, without reading the directory),
		 * never from a pattern: ".*" is the hidden files (bash 5.2
		 * and mksh; dash lists them). */
		if (de->d_name[0] == '.' && (de->d_name[1] == '\0' ||
		    (de->d_name[1] == '.' && de->d_name[2] == '\0')))
			continue;
		if (!pattern_match(comp, de->d_name))
			continue;
		if (sep)
			strbuf_appendc(path, '/');
		strbuf_append(path, de->d_name);
		glob_walk(g, path, i + 1, true);
		strbuf_truncate(path, base);
	}
	closedir(dir);
}

static int glob_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t glob_expand(const char *pattern, struct vec *out)
{
	struct glob_state g = { NULL, 0, false, out };
	char *copy = xstrdup(pattern);
	char *s = copy;
	if (*s == '/') {
		g.absolute = true;
		while (*s == '/')
			s++;
	}
	struct vec comps = VEC_INIT;
	/* split at '/' (an escaped "\/" is a '/' too) */
	char *start = s;
	for (char *p = s;; p++) {
		if (*p == '\\' && p[1] && p[1] != '/') {
			p++;
			continue;
		}
		if (*p == '\\' && p[1] == '/') {
			*p = '\0';
			vec_push(&comps, start);
			start = p + 2;
			p++;
			continue;
		}
		if (*p == '/' || *p == '\0') {
			bool end = *p == '\0';
			*p = '\0';
			vec_push(&comps, start);
			start = p + 1;
			if (end)
				break;
		}
	}
	g.comps = (char **)comps.items;
	g.ncomps = comps.len;

	size_t before = out->len;
	struct strbuf path = STRBUF_INIT;
	glob_walk(&g, &path, 0, false);
	strbuf_free(&path);
	vec_free(&comps);
	free(copy);

	size_t n = out->len - before;
	if (n > 1)
		qsort(out->items + before, n, sizeof *out->items, glob_cmp);
	return n;
}

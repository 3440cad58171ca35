/* command [-p] [-v|-V] name [arg...] and type [-at] name... (XCU command,
 * type).
 *
 * The search order of a description is the executor's: reserved word,
 * alias, special builtin, function, regular builtin, PATH.  With -p the PATH
 * search uses the system's default path (confstr _CS_PATH) instead of
 * $PATH and bypasses the command cache. */
#include "config.h"

#include "builtin/builtin.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exec/exec.h"
#include "exec/path.h"
#include "parse/alias.h"
#include "shell.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/var.h"

static bool is_reserved_word(const char *s)
{
	static const char *const words[] = {
		"!", "{", "}", "case", "do", "done", "elif", "else", "esac",
		"fi", "for", "if", "in", "then", "until", "while", "[[", "]]",
		NULL,
	};
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(s, words[i]) == 0)
			return true;
	return false;
}

static bool is_executable_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode)
		&& access(path, X_OK) == 0;
}

/* The system's default PATH; caller frees. */
static char *default_path(void)
{
	size_t n = confstr(_CS_PATH, NULL, 0);
	char *buf;

	if (n == 0)
		return xstrdup("/usr/bin:/bin");
	buf = xmalloc(n);
	confstr(_CS_PATH, buf, n);
	return buf;
}

/* name searched on the default path; caller frees; NULL if none. */
static char *default_path_lookup(const char *name)
{
	char *path = default_path();
	struct strbuf cand = STRBUF_INIT;
	const char *p = path;

	for (;;) {
		size_t len = strcspn(p, ":");

		strbuf_reset(&cand);
		strbuf_appendn(&cand, len > 0 ? p : ".", len > 0 ? len : 1);
		strbuf_appendc(&cand, '/');
		strbuf_append(&cand, name);
		if (is_executable_file(strbuf_str(&cand))) {
			free(path);
			return strbuf_finish(&cand);
		}
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	strbuf_free(&cand);
	free(path);
	return NULL;
}

/* How describe writes what it finds. */
enum describe_form {
	DESCRIBE_NAME,		/* command -v: the name, path or alias line */
	DESCRIBE_SENTENCE,	/* command -V, type: "NAME is ..." */
	DESCRIBE_KIND,		/* type -t: one word (alias, keyword ...) */
};

static void describe_line(struct strbuf *out, enum describe_form form,
	const char *name, const char *sentence, const char *kind)
{
	if (form == DESCRIBE_SENTENCE)
		strbuf_appendf(out, "%s %s\n", name, sentence);
	else if (form == DESCRIBE_KIND)
		strbuf_appendf(out, "%s\n", kind);
	else
		strbuf_appendf(out, "%s\n", name);
}

static void describe_file(struct strbuf *out, enum describe_form form,
	const char *name, const char *path)
{
	if (form == DESCRIBE_SENTENCE)
		strbuf_appendf(out, "%s is %s\n", name, path);
	else if (form == DESCRIBE_KIND)
		strbuf_append(out, "file\n");
	else
		strbuf_appendf(out, "%s\n", path);
}

/* Every executable name on the path list (type -a): each directory in
 * order, as bash lists them.  Returns how many it appended. */
static int describe_every_file(struct strbuf *out, enum describe_form form,
	const char *name, const char *pathlist)
{
	struct strbuf cand = STRBUF_INIT;
	const char *p = pathlist;
	int n = 0;

	for (;;) {
		size_t len = strcspn(p, ":");

		strbuf_reset(&cand);
		strbuf_appendn(&cand, len > 0 ? p : ".", len > 0 ? len : 1);
		strbuf_appendc(&cand, '/');
		strbuf_append(&cand, name);
		if (is_executable_file(strbuf_str(&cand))) {
			describe_file(out, form, name, strbuf_str(&cand));
			n++;
		}
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	strbuf_free(&cand);
	return n;
}

/* Appends what name is to out, in the executor's search order; with all
 * (type -a), every meaning in that order rather than the first.  false
 * if it is nothing the shell could run; nothing is appended then (the
 * caller reports it for -V). */
static bool describe(struct shell *sh, const char *name,
	enum describe_form form, bool std_path, bool all, struct strbuf *out)
{
	const struct builtin *b = builtin_find(name);
	const char *alias;
	char *found = NULL;
	bool any = false;

	if (*name == '\0')
		return false;
	if (is_reserved_word(name)) {
		describe_line(out, form, name, "is a shell keyword", "keyword");
		if (!all)
			return true;
		any = true;
	}
	alias = alias_table_get(sh->aliases, name);
	if (alias != NULL) {
		/* -v writes the alias as the alias builtin would (XCU
		 * command), so the line can be read back. */
		if (form == DESCRIBE_SENTENCE)
			strbuf_appendf(out, "%s is an alias for ", name);
		else if (form == DESCRIBE_NAME)
			strbuf_appendf(out, "alias %s=", name);
		if (form == DESCRIBE_KIND)
			strbuf_append(out, "alias");
		else
			shell_quote(out, alias);
		strbuf_appendc(out, '\n');
		if (!all)
			return true;
		any = true;
	}
	if (b != NULL && (b->flags & BUILTIN_SPECIAL)) {
		describe_line(out, form, name, "is a special shell builtin",
			"builtin");
		if (!all)
			return true;
		any = true;
	}
	if (shell_find_function(sh, name) != NULL) {
		describe_line(out, form, name, "is a function", "function");
		if (!all)
			return true;
		any = true;
	}
	if (b != NULL && !(b->flags & BUILTIN_SPECIAL)) {
		describe_line(out, form, name, "is a shell builtin", "builtin");
		if (!all)
			return true;
		any = true;
	}
	if (strchr(name, '/') != NULL) {
		if (!is_executable_file(name))
			return any;
		found = xstrdup(name);
	} else if (all) {
		char *dflt = std_path ? default_path() : NULL;
		const char *pathlist = std_path ? dflt : var_get(sh->vars, "PATH");
		int n = pathlist != NULL
			? describe_every_file(out, form, name, pathlist) : 0;

		free(dflt);
		return any || n > 0;
	} else if (std_path) {
		found = default_path_lookup(name);
	} else {
		const char *p = path_lookup(sh, name, NULL);

		found = p != NULL ? xstrdup(p) : NULL;
	}
	if (found == NULL)
		return any;
	describe_file(out, form, name, found);
	free(found);
	return true;
}

/* Describes each of names; status 1 if any was not found. */
static int describe_all(struct shell *sh, const char *who, char **names,
	enum describe_form form, bool std_path, bool all)
{
	struct strbuf out = STRBUF_INIT;
	int status = 0;

	for (; *names != NULL; names++) {
		if (!describe(sh, *names, form, std_path, all, &out)) {
			status = 1;
			if (form == DESCRIBE_SENTENCE) {
				/* Keep stdout and stderr in order. */
				if (!builtin_flush(who, &out))
					status = 1;
				sh_error(who, "%s: not found", *names);
			}
		}
	}
	if (!builtin_flush(who, &out))
		status = 1;
	strbuf_free(&out);
	return status;
}

int builtin_command(struct shell *sh, int argc, char **argv)
{
	char *opt_arg = NULL;
	int opt_ind = 1;
	bool std_path = false;
	int describe_mode = 0;	/* 'v' or 'V' */
	char **args;
	char *path = NULL;
	enum flow flow;
	int c;

	while ((c = builtin_getopt(argc, argv, "pvV", &opt_ind, &opt_arg)) != 0) {
		if (c == '?')
			return 2;
		if (c == 'p')
			std_path = true;
		else
			describe_mode = c;
	}
	if (opt_ind >= argc)
		return 0;
	if (describe_mode != 0)
		return describe_all(sh, argv[0], argv + opt_ind,
			describe_mode == 'V' ? DESCRIBE_SENTENCE : DESCRIBE_NAME,
			std_path, false);

	args = argv + opt_ind;
	if (std_path && strchr(args[0], '/') == NULL
	    && builtin_find(args[0]) == NULL) {
		path = default_path_lookup(args[0]);
		if (path == NULL) {
			/* Not on the default path: $PATH must not be
			 * searched instead. */
			sh_error(NULL, "%s: not found", args[0]);
			return 127;
		}
	}
	if (path != NULL) {
		/* Run the file found on the default path by its full name;
		 * argv is borrowed, so work on a copy of the vector. */
		int n = argc - opt_ind;
		char **copy = xcalloc((size_t)n + 1, sizeof *copy);

		memcpy(copy, args, (size_t)n * sizeof *copy);
		copy[0] = path;
		flow = exec_argv(sh, n, copy, false);
		free(copy);
		free(path);
	} else {
		flow = exec_argv(sh, argc - opt_ind, args, false);
	}
	if (flow != FLOW_NEXT)
		sh->flow = flow;
	return sh->status;
}

/* type [-a] [-t] name...: -a every meaning of the name in search order
 * (alias, keyword, builtin, function, each file on PATH), -t one word
 * for each (alias, keyword, function, builtin, file), as bash and mksh. */
int builtin_type(struct shell *sh, int argc, char **argv)
{
	char *opt_arg = NULL;
	int opt_ind = 1;
	bool all = false;
	enum describe_form form = DESCRIBE_SENTENCE;
	int c;

	while ((c = builtin_getopt(argc, argv, "at", &opt_ind, &opt_arg)) != 0) {
		if (c == '?')
			return 2;
		if (c == 'a')
			all = true;
		else
			form = DESCRIBE_KIND;
	}
	return describe_all(sh, argv[0], argv + opt_ind, form, false, all);
}

/* cd [-L|-P [-e]] [dir | -] (XCU cd).
 *
 * Logical mode (the default) works on $PWD as a string: the operand is
 * appended to it and "." and ".." are resolved lexically, so "cd .." after
 * following a symbolic link goes back where the user came from.  Each
 * component that ".." removes must still be a directory, as the standard
 * asks.  If chdir to the logical path fails, the operand is tried as a
 * physical path (bash does the same), and PWD then comes from getcwd.
 * PWD and OLDPWD are exported, as dash and bash do, so that programs see
 * where they run.  -e (POSIX 2024): with -P, a status of 1 when the new
 * directory's name cannot be found (the change itself happened). */
#include "config.h"

#include "builtin/builtin.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "shell.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/options.h"
#include "var/var.h"

static bool is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* True if the first component of path is "." or "..": such operands are
 * not searched on CDPATH. */
static bool starts_with_dot(const char *path)
{
	if (path[0] != '.')
		return false;
	if (path[1] == '\0' || path[1] == '/')
		return true;
	return path[1] == '.' && (path[2] == '\0' || path[2] == '/');
}

/* The lexical canonical form of the absolute path: no ".", "..", or
 * repeated '/', except that exactly two leading slashes stay (XCU cd: their
 * meaning is implementation-defined, so they may not be folded; three or
 * more become one).  Caller frees; NULL if a component that ".." removes
 * is not a directory (the caller's physical chdir then reports why). */
static char *canonicalize(const char *path)
{
	struct strbuf out = STRBUF_INIT;
	const char *p = path;
	size_t root = path[1] == '/' && path[2] != '/' ? 2 : 1;

	strbuf_appendn(&out, "//", root);
	while (*p != '\0') {
		size_t len;

		while (*p == '/')
			p++;
		len = strcspn(p, "/");
		if (len == 0)
			break;
		if (len == 1 && p[0] == '.') {
			/* nothing */
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			char *slash;

			if (!is_dir(strbuf_str(&out))) {
				strbuf_free(&out);
				return NULL;
			}
			slash = strrchr(out.data, '/');
			strbuf_truncate(&out, (size_t)(slash - out.data) < root
				? root : (size_t)(slash - out.data));
		} else {
			if (out.len > root)
				strbuf_appendc(&out, '/');
			strbuf_appendn(&out, p, len);
		}
		p += len;
	}
	return strbuf_finish(&out);
}

/* The name of a directory that getcwd cannot find (it was removed): the
 * operand joined to the old directory's name, as bash does, so that PWD
 * stays an absolute path.  Caller frees. */
static char *lexical_pwd(const char *oldpwd, const char *curpath)
{
	struct strbuf full = STRBUF_INIT;
	char *canon;

	if (curpath[0] != '/' && oldpwd != NULL) {
		strbuf_append(&full, oldpwd);
		strbuf_appendc(&full, '/');
	}
	strbuf_append(&full, curpath);
	canon = full.data[0] == '/' ? canonicalize(strbuf_str(&full)) : NULL;
	if (canon == NULL)
		return strbuf_finish(&full);
	strbuf_free(&full);
	return canon;
}

/* The directory to go to: dir itself, or a CDPATH entry joined with it.
 * *print is set when a non-empty CDPATH entry was used (XCU: the new
 * directory is then written out).  Caller frees. */
static char *cdpath_search(struct shell *sh, const char *dir, bool *print)
{
	const char *cdpath = var_get(sh->vars, "CDPATH");
	struct strbuf cand = STRBUF_INIT;
	const char *p;

	if (dir[0] == '/' || starts_with_dot(dir) || cdpath == NULL)
		return xstrdup(dir);
	for (p = cdpath;;) {
		size_t len = strcspn(p, ":");

		strbuf_reset(&cand);
		if (len > 0) {
			strbuf_appendn(&cand, p, len);
			if (p[len - 1] != '/')
				strbuf_appendc(&cand, '/');
		} else {
			strbuf_append(&cand, "./");
		}
		strbuf_append(&cand, dir);
		if (is_dir(strbuf_str(&cand))) {
			*print = len > 0;
			return strbuf_finish(&cand);
		}
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	strbuf_free(&cand);
	return xstrdup(dir);
}

int builtin_cd(struct shell *sh, int argc, char **argv)
{
	char *opt_arg = NULL;
	int opt_ind = 1;
	bool physical = false;
	bool check_pwd = false;
	bool cd_failed_pwd = false;
	bool print = false;
	const char *dir;
	char *oldpwd = NULL;
	char *curpath = NULL;
	char *newpwd = NULL;
	unsigned flags = VAR_EXPORT;
	int status = 1;
	int c;

	while ((c = builtin_getopt(argc, argv, "LPe", &opt_ind, &opt_arg)) != 0) {
		if (c == '?')
			return 2;
		if (c == 'e')
			check_pwd = true;
		else
			physical = c == 'P';
	}
	dir = argv[opt_ind];
	/* One operand (XCU cd); a second is refused, as bash and yash do,
	 * rather than ignored (dash) or taken as ksh's "cd old new". */
	if (dir != NULL && argv[opt_ind + 1] != NULL) {
		sh_error(argv[0], "too many operands");
		return 2;
	}
	if (dir == NULL) {
		dir = var_get(sh->vars, "HOME");
		if (dir == NULL) {
			sh_error(argv[0], "HOME not set");
			return 1;
		}
	} else if (strcmp(dir, "-") == 0) {
		dir = var_get(sh->vars, "OLDPWD");
		if (dir == NULL) {
			sh_error(argv[0], "OLDPWD not set");
			return 1;
		}
		print = true;
	}
	if (dir[0] == '\0')
		return 0;	/* as bash: an empty HOME or operand stays */

	/* OLDPWD is the logical directory we leave; a $PWD that no longer
	 * names it (inherited, or the directory moved) is not trusted. */
	oldpwd = builtin_logical_cwd(sh);
	curpath = cdpath_search(sh, dir, &print);

	if (!physical) {
		struct strbuf full = STRBUF_INIT;

		if (curpath[0] != '/') {
			if (oldpwd != NULL)
				strbuf_append(&full, oldpwd);
			/* "/" and "//" already end in one: "//" + "/tmp"
			 * would lose the leading pair. */
			if (full.len == 0 || full.data[full.len - 1] != '/')
				strbuf_appendc(&full, '/');
		}
		strbuf_append(&full, curpath);
		newpwd = oldpwd != NULL || curpath[0] == '/'
			? canonicalize(strbuf_str(&full)) : NULL;
		strbuf_free(&full);
		if (newpwd != NULL && chdir(newpwd) != 0) {
			free(newpwd);
			newpwd = NULL;
		}
	}
	if (newpwd == NULL) {
		if (chdir(curpath) != 0) {
			sh_error_errno(argv[0], "%s", dir);
			goto fail;
		}
		newpwd = builtin_getcwd();
		if (newpwd == NULL) {
			if (physical && check_pwd) {
				sh_error_errno(argv[0], "%s: cannot find the new directory's name", dir);
				cd_failed_pwd = true;
			}
			newpwd = lexical_pwd(oldpwd, curpath);
		}
	}

	if (oldpwd != NULL)
		var_set(sh->vars, "OLDPWD", oldpwd, flags);
	var_set(sh->vars, "PWD", newpwd, flags);
	status = cd_failed_pwd ? 1 : 0;
	if (print) {
		struct strbuf out = STRBUF_INIT;

		strbuf_append(&out, newpwd);
		strbuf_appendc(&out, '\n');
		if (!builtin_flush(argv[0], &out))
			status = 1;
		strbuf_free(&out);
	}
fail:
	free(oldpwd);
	free(curpath);
	free(newpwd);
	return status;
}

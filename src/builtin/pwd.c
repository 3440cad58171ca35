/* pwd [-L|-P], and builtin_getcwd for cd.
 *
 * -L (the default) prints $PWD when it still names the current directory
 * by an absolute path without "." or ".." components (XCU pwd); otherwise,
 * and with -P, the physical path from getcwd. */
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
#include "var/var.h"

char *builtin_getcwd(void)
{
	size_t size = 256;

	for (;;) {
		char *buf = xmalloc(size);

		if (getcwd(buf, size) != NULL)
			return buf;
		free(buf);
		if (errno != ERANGE)
			return NULL;
		size *= 2;
	}
}

/* True if path is absolute and has no "." or ".." component. */
static bool is_clean_absolute(const char *path)
{
	const char *p = path;

	if (*p != '/')
		return false;
	while (*p != '\0') {
		size_t len;

		while (*p == '/')
			p++;
		len = strcspn(p, "/");
		if ((len == 1 && p[0] == '.')
		    || (len == 2 && p[0] == '.' && p[1] == '.'))
			return false;
		p += len;
	}
	return true;
}

char *builtin_logical_cwd(struct shell *sh)
{
	const char *pwd = var_get(sh->vars, "PWD");
	struct stat a, b;

	if (pwd != NULL && is_clean_absolute(pwd) && stat(pwd, &a) == 0
	    && stat(".", &b) == 0 && a.st_dev == b.st_dev
	    && a.st_ino == b.st_ino)
		return xstrdup(pwd);
	char *cwd = builtin_getcwd();
	/* The directory was removed (or is out of reach): its name is known
	 * only from $PWD, which dash and bash then keep trusting. */
	if (cwd == NULL && pwd != NULL && is_clean_absolute(pwd))
		cwd = xstrdup(pwd);
	return cwd;
}

int builtin_pwd(struct shell *sh, int argc, char **argv)
{
	struct strbuf out = STRBUF_INIT;
	char *opt_arg = NULL;
	int opt_ind = 1;
	bool physical = false;
	char *cwd;
	bool ok;
	int c;

	while ((c = builtin_getopt(argc, argv, "LP", &opt_ind, &opt_arg)) != 0) {
		if (c == '?')
			return 2;
		physical = c == 'P';
	}
	cwd = physical ? builtin_getcwd() : builtin_logical_cwd(sh);
	if (cwd == NULL) {
		sh_error_errno(argv[0], "cannot get the current directory");
		return 1;
	}
	strbuf_append(&out, cwd);
	strbuf_appendc(&out, '\n');
	free(cwd);
	ok = builtin_flush(argv[0], &out);
	strbuf_free(&out);
	return ok ? 0 : 1;
}

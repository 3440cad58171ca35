/* . file [arg...] (and source, its name in bash, mksh and zsh, a regular
 * builtin here: no special built-in errors, and a function may replace
 * it): runs the commands of file in the current shell.
 *
 * A file named without '/' is searched on PATH only (XCU: it need not be
 * executable, only readable); like dash and unlike bash we do not fall
 * back to the current directory.  The arguments, a bash extension, replace
 * the positional parameters while the file runs. */
#include "config.h"

#include "builtin/builtin.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input/input.h"
#include "shell.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/var.h"

/* The first readable regular file called name in a PATH directory;
 * caller frees; NULL if none. */
static char *dot_search(struct shell *sh, const char *name)
{
	const char *path = var_get(sh->vars, "PATH");
	struct strbuf cand = STRBUF_INIT;
	const char *p;

	if (path == NULL)
		return NULL;
	p = path;
	for (;;) {
		size_t len = strcspn(p, ":");
		struct stat st;

		strbuf_reset(&cand);
		if (len == 0)
			strbuf_append(&cand, ".");	/* empty entry: cwd */
		else
			strbuf_appendn(&cand, p, len);
		strbuf_appendc(&cand, '/');
		strbuf_append(&cand, name);
		if (stat(cand.data, &st) == 0 && S_ISREG(st.st_mode)
		    && access(cand.data, R_OK) == 0)
			return strbuf_finish(&cand);
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	strbuf_free(&cand);
	return NULL;
}

int builtin_dot(struct shell *sh, int argc, char **argv)
{
	char *path = NULL;
	char **saved_params = NULL;
	size_t saved_n = 0;
	struct input *in;
	enum flow flow;
	int fd, hi;
	int i = 1;

	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc) {
		sh_error(argv[0], "usage: %s file [arg...]", argv[0]);
		return 2;
	}
	if (strchr(argv[i], '/') != NULL) {
		path = xstrdup(argv[i]);
	} else {
		path = dot_search(sh, argv[i]);
		if (path == NULL) {
			sh_error(argv[0], "%s: not found", argv[i]);
			goto fail;
		}
	}
	/* A FIFO's open blocks until a writer comes: a signal retries. */
	while ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0 && errno == EINTR)
		;
	if (fd < 0) {
		sh_error_errno(argv[0], "%s", argv[i]);
		goto fail;
	}
	/* Keep the script's descriptor out of the range 0-9 that the
	 * script's own redirections (exec 3<file) may claim. */
	hi = fcntl(fd, F_DUPFD_CLOEXEC, 10);
	if (hi >= 0) {
		close(fd);
		fd = hi;
	}
	in = input_from_fd(fd, path, true);

	if (argc - i > 1) {
		saved_params = strv_dup(sh->params);
		saved_n = sh->nparams;
		shell_set_params(sh, argv + i + 1, (size_t)(argc - i - 1));
	}
	const char *outer_name = sh->script_name;
	int outer_lineno = sh->lineno;
	sh->script_name = path;
	sh->dot_depth++;
	flow = shell_run_input(sh, in);
	sh->dot_depth--;
	sh->script_name = outer_name;
	sh->lineno = outer_lineno;
	input_destroy(in);
	if (saved_params != NULL) {
		shell_set_params(sh, saved_params, saved_n);
		strv_free(saved_params);
	}

	/* A return ends the dot script and no more; everything else
	 * (break, continue, exit) acts on the commands around the '.'. */
	sh->flow = flow == FLOW_RETURN ? FLOW_NEXT : flow;
	free(path);
	return sh->status;

fail:
	/* A file that cannot be read is a special built-in error: it ends
	 * a non-interactive shell (XCU 2.8.1), but not through "command ."
	 * (the executor decides). */
	sh->special_error = true;
	free(path);
	return 1;
}

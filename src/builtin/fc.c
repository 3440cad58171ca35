/* fc: list, edit and run again commands of the history list (XCU fc).
 *
 *   fc [-r] [-e editor] [first [last]]
 *   fc -l [-nr] [first [last]]
 *   fc -s [old=new] [first]
 *
 * The list is readline's (input/rl.c keeps it: one entry per command, the
 * lines of a multi-line command joined with newlines).  The command that
 * runs fc is in the list while it runs, as the newest entry; first and
 * last count from the entry before it, so -1 is the previous command.
 * For -e and -s that entry is replaced by the command fc runs instead,
 * which is echoed on standard error first (as bash and ksh do) and then
 * run the way eval runs its text, in the current shell. */
#include "config.h"

#include "builtin/builtin.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>

#include "input/input.h"
#include "input/rl.h"
#include "shell.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/var.h"

bool fc_resolve(const char *spec, const char *const *texts, long first,
	long last, long *out)
{
	if (last < first)
		return false;
	long n;
	if (builtin_parse_long(spec, &n)) {
		/* Numbers out of the list are not an error (XCU fc): the
		 * oldest or the newest entry stands for them. */
		if (n < 0)
			n = n < first - last - 1 ? first : last + 1 + n;
		if (n < first)
			n = first;
		if (n > last)
			n = last;
		*out = n;
		return true;
	}
	size_t len = strlen(spec);
	for (long k = last; k >= first; k--) {
		if (strncmp(texts[k - first], spec, len) == 0) {
			*out = k;
			return true;
		}
	}
	return false;
}

char *fc_substitute(const char *text, const char *old, const char *new_text)
{
	const char *at = *old ? strstr(text, old) : NULL;
	if (!at)
		return xstrdup(text);
	struct strbuf sb = STRBUF_INIT;
	strbuf_appendn(&sb, text, (size_t)(at - text));
	strbuf_append(&sb, new_text);
	strbuf_append(&sb, at + strlen(old));
	return strbuf_finish(&sb);
}

/* The history entries first..last, borrowed from readline until the list
 * changes. */
struct fc_list {
	long first, last;
	const char **texts;
};

static bool resolve(const struct fc_list *h, const char *spec, long *out)
{
	if (fc_resolve(spec, h->texts, h->first, h->last, out))
		return true;
	if (h->last < h->first)
		sh_error("fc", "no command in history");
	else
		sh_error("fc", "%s: no such command in history", spec);
	return false;
}

/* Appends entry k as POSIX lists it: "%d\t%s\n", or "\t%s\n" with -n,
 * and "\t%s\n" for each line after the first of a multi-line entry. */
static void list_entry(struct strbuf *out, const struct fc_list *h, long k,
	bool numbers)
{
	const char *s = h->texts[k - h->first];
	if (numbers)
		strbuf_appendf(out, "%ld", k);
	for (;;) {
		const char *nl = strchr(s, '\n');
		strbuf_appendc(out, '\t');
		strbuf_appendn(out, s, nl ? (size_t)(nl - s) : strlen(s));
		strbuf_appendc(out, '\n');
		if (!nl)
			break;
		s = nl + 1;
	}
}

/* first..last given backwards (fc -l 10 5) means the same range listed or
 * edited in reverse order. */
static void ascending(long *from, long *to, bool *reverse)
{
	if (*from <= *to)
		return;
	long t = *from;
	*from = *to;
	*to = t;
	*reverse = !*reverse;
}

static int list(const struct fc_list *h, const char *first_spec,
	const char *last_spec, bool numbers, bool reverse)
{
	if (h->last < h->first)
		return 0;
	long from, to;
	if (!resolve(h, first_spec ? first_spec : "-16", &from)
	    || !resolve(h, last_spec ? last_spec : "-1", &to))
		return 1;
	ascending(&from, &to, &reverse);
	struct strbuf out = STRBUF_INIT;
	for (long i = 0; i <= to - from; i++)
		list_entry(&out, h, reverse ? to - i : from + i, numbers);
	bool ok = builtin_flush("fc", &out);
	strbuf_free(&out);
	return ok ? 0 : 1;
}

/* Echoes text, puts it in the history instead of the fc command, and runs
 * it as eval would.  Takes ownership of text. */
static int run(struct shell *sh, char *text)
{
	size_t len = strlen(text);
	while (len > 0 && text[len - 1] == '\n')
		text[--len] = '\0';
	rl_history_replace_current(sh, text);
	if (len == 0) {
		free(text);
		return 0;
	}
	text[len] = '\n';
	write_all(STDERR_FILENO, text, len + 1);
	text[len] = '\0';
	struct strbuf src = STRBUF_INIT;
	strbuf_append(&src, text);
	strbuf_appendc(&src, '\n');
	free(text);
	struct input *in = input_from_string(strbuf_str(&src), "fc");
	strbuf_free(&src);
	enum flow flow = shell_run_input(sh, in);
	input_destroy(in);
	if (flow != FLOW_NEXT)
		sh->flow = flow;
	return sh->status;
}

static int substitute(struct shell *sh, const struct fc_list *h, int argc,
	char **argv)
{
	const char *old = "", *new_text = "";
	char *pair = NULL;
	int i = 0;
	if (i < argc && strchr(argv[i], '=')) {
		pair = xstrdup(argv[i++]);
		char *eq = strchr(pair, '=');
		*eq = '\0';
		old = pair;
		new_text = eq + 1;
	}
	if (argc - i > 1) {
		sh_error("fc", "too many arguments");
		free(pair);
		return 2;
	}
	long k;
	if (!resolve(h, i < argc ? argv[i] : "-1", &k)) {
		free(pair);
		return 1;
	}
	char *text = fc_substitute(h->texts[k - h->first], old, new_text);
	free(pair);
	return run(sh, text);
}

/* The whole of the file at path; NULL with errno set on failure. */
static char *read_file(const char *path)
{
	int fd;
	while ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0 && errno == EINTR)
		;
	if (fd < 0)
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	char buf[4096];
	for (;;) {
		ssize_t n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int err = errno;
			close(fd);
			strbuf_free(&sb);
			errno = err;
			return NULL;
		}
		if (n == 0)
			break;
		strbuf_appendn(&sb, buf, (size_t)n);
	}
	close(fd);
	return strbuf_finish(&sb);
}

static int edit(struct shell *sh, const struct fc_list *h, const char *editor,
	const char *first_spec, const char *last_spec, bool reverse)
{
	long from, to;
	if (!resolve(h, first_spec ? first_spec : "-1", &from))
		return 1;
	to = from;
	if (last_spec && !resolve(h, last_spec, &to))
		return 1;
	ascending(&from, &to, &reverse);
	if (!editor) {
		editor = var_get(sh->vars, "FCEDIT");
		if (!editor || !*editor)
			editor = "ed";
	}
	const char *tmpdir = var_get(sh->vars, "TMPDIR");
	struct strbuf path = STRBUF_INIT;
	strbuf_append(&path, tmpdir && *tmpdir ? tmpdir : "/tmp");
	strbuf_append(&path, "/cosh-fc.XXXXXX");
	struct strbuf text = STRBUF_INIT;
	for (long i = 0; i <= to - from; i++) {
		strbuf_append(&text, h->texts[(reverse ? to - i : from + i) - h->first]);
		strbuf_appendc(&text, '\n');
	}
	int status = 1;
	struct input *in = NULL;
	struct strbuf cmd = STRBUF_INIT;
	int fd = mkostemp(path.data, O_CLOEXEC);
	if (fd < 0) {
		sh_error_errno("fc", "%s", path.data);
		goto out;
	}
	bool wrote = write_all(fd, text.data, text.len);
	int err = errno;
	close(fd);
	if (!wrote) {
		errno = err;
		sh_error_errno("fc", "%s", path.data);
		goto out_unlink;
	}
	/* The editor is shell text, as bash takes FCEDIT: it may carry
	 * options ("vi -n", "sed -i s/a/b/"). */
	strbuf_append(&cmd, editor);
	strbuf_appendc(&cmd, ' ');
	strbuf_append_squoted(&cmd, path.data);
	strbuf_appendc(&cmd, '\n');
	in = input_from_string(strbuf_str(&cmd), "fc");
	enum flow flow = shell_run_input(sh, in);
	input_destroy(in);
	status = sh->status;
	if (flow != FLOW_NEXT) {
		sh->flow = flow;
		goto out_unlink;
	}
	/* An editor that failed suppresses the history entry and the run
	 * (XCU fc). */
	if (status != 0)
		goto out_unlink;
	char *edited = read_file(path.data);
	if (!edited) {
		sh_error_errno("fc", "%s", path.data);
		status = 1;
		goto out_unlink;
	}
	unlink(path.data);
	strbuf_free(&path);
	strbuf_free(&text);
	strbuf_free(&cmd);
	return run(sh, edited);
out_unlink:
	unlink(path.data);
out:
	strbuf_free(&path);
	strbuf_free(&text);
	strbuf_free(&cmd);
	return status;
}

int builtin_fc(struct shell *sh, int argc, char **argv)
{
	bool listing = false, numbers = true, reverse = false, subst = false;
	const char *editor = NULL;
	int i = 1;
	/* Not builtin_getopt: "-1" is an operand, not an option. */
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || a[1] == '\0' || isdigit((unsigned char)a[1]))
			break;
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		bool took_arg = false;
		for (const char *p = a + 1; *p && !took_arg; p++) {
			switch (*p) {
			case 'l':
				listing = true;
				break;
			case 'n':
				numbers = false;
				break;
			case 'r':
				reverse = true;
				break;
			case 's':
				subst = true;
				break;
			case 'e':
				if (p[1]) {
					editor = p + 1;
				} else if (i + 1 < argc) {
					editor = argv[++i];
				} else {
					sh_error("fc", "-e: option requires an argument");
					return 2;
				}
				took_arg = true;
				break;
			default:
				sh_error("fc", "-%c: invalid option", *p);
				return 2;
			}
		}
	}
	/* ksh and bash: "fc -e -" is "fc -s". */
	if (editor && strcmp(editor, "-") == 0) {
		editor = NULL;
		subst = true;
	}
	if (listing && (subst || editor)) {
		sh_error("fc", "-l cannot be used with -e or -s");
		return 2;
	}
	if (!subst && argc - i > 2) {
		sh_error("fc", "too many arguments");
		return 2;
	}
	struct fc_list h;
	if (!rl_history_bounds(sh, &h.first, &h.last)) {
		sh_error("fc", "no command history (not an interactive shell)");
		return 1;
	}
	h.texts = xcalloc(h.last >= h.first ? (size_t)(h.last - h.first + 1) : 1,
		sizeof *h.texts);
	for (long k = h.first; k <= h.last; k++) {
		HIST_ENTRY *e = history_get((int)k);
		h.texts[k - h.first] = e && e->line ? e->line : "";
	}
	const char *first_spec = i < argc ? argv[i] : NULL;
	const char *last_spec = i + 1 < argc ? argv[i + 1] : NULL;
	int status;
	if (listing)
		status = list(&h, first_spec, last_spec, numbers, reverse);
	else if (subst)
		status = substitute(sh, &h, argc - i, argv + i);
	else
		status = edit(sh, &h, editor, first_spec, last_spec, reverse);
	free(h.texts);
	return status;
}

/* read [-r] [name...] (XCU read).
 *
 * The line is read from fd 0 one byte at a time: whatever follows the
 * newline belongs to the next command that reads the same input (a script
 * on standard input, "while read" loops with other readers).  A signal
 * that comes while read waits is dispatched at once (its trap runs) and
 * the reading goes on; the bytes already read are kept (see struct
 * reader for how the wait closes the race with the self-pipe).
 *
 * Without -r a backslash quotes the next character and backslash-newline
 * joins lines.  A quoted character never separates fields, which
 * expand_split_ifs cannot know, so the splitting is done here on the line
 * together with a parallel "quoted" mask.  The rules are those of field
 * splitting (XCU 2.6.5) with a field limit: the last name gets the rest of
 * the line less leading and trailing IFS white space, and less a single
 * trailing IFS delimiter if that rest is just one field (as dash and bash:
 * IFS=: read x y <<< "a:b:" sets y to "b"). */
#include "config.h"

#include "builtin/builtin.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "job/job.h"
#include "parse/parser.h"
#include "shell.h"
#include "sig/signal.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/options.h"
#include "var/var.h"

struct read_line {
	struct strbuf text;
	struct strbuf quoted;	/* one byte per text byte: 1 if escaped */
	const char *ifs;
};

/* How read waits for input on a descriptor that may block (not a regular
 * file).  Sleeping in read(2) itself would leave a window: a signal that
 * lands between the last check and the read waits for the next input
 * byte.  So the sleep is a poll() on fd 0 and the signal self-pipe, whose
 * byte stays until dispatched.  A poll per byte would double the cost of
 * every read loop, so FIONREAD tells how many bytes are already there:
 * those are read without a poll, since they cannot block. */
struct reader {
	bool must_wait;		/* fd 0 may block */
	int avail;		/* bytes known to be buffered, read need not wait */
};

/* Sleeps until fd 0 is readable (or at its end) or a signal came.  True if
 * fd 0 is ready. */
static bool wait_input(void)
{
	struct pollfd pfd[2] = {
		{ .fd = STDIN_FILENO, .events = POLLIN },
		{ .fd = sig_fd(), .events = POLLIN },
	};
	int n = poll(pfd, pfd[1].fd >= 0 ? 2 : 1, -1);
	/* EINTR or the self-pipe: a signal, dispatched by the caller. */
	return n > 0 && pfd[0].revents != 0;
}

/* Reads one byte from fd 0.  1: got it; 0: end of file; -1: error (message
 * printed); -2: a trap action called exit or Ctrl-C abandons the line
 * (sh->flow is FLOW_EXIT or FLOW_INTERRUPT). */
static int read_byte(struct shell *sh, struct reader *r, char *c)
{
	for (;;) {
		if (sig_pending()) {
			/* A trap runs and reading goes on; exit in it, or
			 * Ctrl-C at an interactive shell, ends read. */
			enum flow flow = sig_dispatch(sh, NULL);
			if (flow == FLOW_EXIT || flow == FLOW_INTERRUPT) {
				sh->flow = flow;
				return -2;
			}
		}
		if (r->must_wait && r->avail <= 0) {
			int n = 0;
			if (ioctl(STDIN_FILENO, FIONREAD, &n) == 0 && n > 0)
				r->avail = n;
			else if (!wait_input())
				continue;
		}
		ssize_t n = read(STDIN_FILENO, c, 1);

		if (n == 1) {
			if (r->avail > 0)
				r->avail--;
			return 1;
		}
		if (n == 0)
			return 0;
		r->avail = 0;
		if (errno == EAGAIN || errno == EWOULDBLOCK) {
			/* A non-blocking descriptor left by someone else. */
			(void)wait_input();
			continue;
		}
		if (errno != EINTR) {
			sh_error_errno("read", "read error");
			return -1;
		}
	}
}

static void line_add(struct read_line *rl, char c, bool quoted)
{
	strbuf_appendc(&rl->text, c);
	strbuf_appendc(&rl->quoted, quoted ? 1 : 0);
}

/* Reads the logical line.  Returns 0 (newline seen), 1 (end of file),
 * 2 (read error) or 3 (a trap action called exit: nothing is assigned). */
static int read_input(struct shell *sh, struct read_line *rl, bool raw)
{
	char c;
	int r;
	struct stat st;
	struct reader in = {
		.must_wait = !(fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode)),
		.avail = 0,
	};

	for (;;) {
		r = read_byte(sh, &in, &c);
		if (r <= 0)
			return r == 0 ? 1 : r == -2 ? 3 : 2;
		if (c == '\0')
			continue;	/* a shell variable cannot hold NUL */
		if (c == '\n')
			return 0;
		if (c != '\\' || raw) {
			line_add(rl, c, false);
			continue;
		}
		r = read_byte(sh, &in, &c);
		if (r <= 0)
			return r == 0 ? 1 : r == -2 ? 3 : 2;
		if (c == '\n')
			continue;	/* line continuation */
		line_add(rl, c, true);
	}
}

static bool is_ifs(const struct read_line *rl, size_t i)
{
	char c = rl->text.data[i];

	return !rl->quoted.data[i] && c != '\0' && strchr(rl->ifs, c) != NULL;
}

static bool is_ifs_space(const struct read_line *rl, size_t i)
{
	char c = rl->text.data[i];

	return is_ifs(rl, i) && (c == ' ' || c == '\t' || c == '\n');
}

/* Skips one field delimiter at i: IFS white space, at most one other IFS
 * character, IFS white space. */
static size_t skip_delimiter(const struct read_line *rl, size_t i)
{
	size_t len = rl->text.len;

	while (i < len && is_ifs_space(rl, i))
		i++;
	if (i < len && is_ifs(rl, i) && !is_ifs_space(rl, i)) {
		i++;
		while (i < len && is_ifs_space(rl, i))
			i++;
	}
	return i;
}

static bool assign(struct shell *sh, const char *name, const char *value)
{
	if (var_set(sh->vars, name, value,
		sh->opts[OPT_ALLEXPORT] ? VAR_EXPORT : 0))
		return true;
	sh_error(name, "readonly variable");
	return false;
}

/* Splits the line over the nnames names and assigns them. */
static bool read_assign(struct shell *sh, struct read_line *rl,
	char **names, int nnames)
{
	size_t len = rl->text.len;
	size_t i = 0;
	bool ok = true;
	int k;

	/* Make the buffers addressable even for an empty line. */
	strbuf_appendc(&rl->text, '\0');
	strbuf_appendc(&rl->quoted, 0);
	strbuf_truncate(&rl->text, len);
	strbuf_truncate(&rl->quoted, len);

	while (i < len && is_ifs_space(rl, i))
		i++;
	for (k = 0; k < nnames - 1; k++) {
		size_t start = i;
		char *field;

		while (i < len && !is_ifs(rl, i))
			i++;
		field = xstrndup(rl->text.data + start, i - start);
		ok = assign(sh, names[k], field) && ok;
		free(field);
		i = skip_delimiter(rl, i);
	}
	{
		size_t end = len;
		size_t j = i;
		char *rest;

		while (end > i && is_ifs_space(rl, end - 1))
			end--;
		/* A rest that is one field and its terminator: drop the
		 * terminator. */
		while (j < end && !is_ifs(rl, j))
			j++;
		if (j < end && skip_delimiter(rl, j) >= end)
			end = j;
		rest = xstrndup(rl->text.data + i, end - i);
		ok = assign(sh, names[nnames - 1], rest) && ok;
		free(rest);
	}
	return ok;
}

int builtin_read(struct shell *sh, int argc, char **argv)
{
	static char *reply[] = { "REPLY", NULL };
	struct read_line rl = { STRBUF_INIT, STRBUF_INIT, NULL };
	char *opt_arg = NULL;
	int opt_ind = 1;
	bool raw = false;
	char **names;
	int nnames;
	int status;
	int c, k;

	while ((c = builtin_getopt(argc, argv, "r", &opt_ind, &opt_arg)) != 0) {
		if (c == '?')
			return 2;
		raw = true;
	}
	names = argv + opt_ind;
	nnames = argc - opt_ind;
	if (nnames == 0) {
		names = reply;
		nnames = 1;
	}
	for (k = 0; k < nnames; k++) {
		if (!is_name(names[k])) {
			sh_error(argv[0], "%s: bad variable name", names[k]);
			return 2;
		}
	}

	status = read_input(sh, &rl, raw);
	if (status == 3) {
		status = sh->status;
		goto done;
	}
	if (status == 2)
		goto done;
	rl.ifs = var_get(sh->vars, "IFS");
	if (rl.ifs == NULL)
		rl.ifs = " \t\n";
	/* At end of file what was read is still assigned; status 1. */
	if (!read_assign(sh, &rl, names, nnames))
		status = 1;
done:
	strbuf_free(&rl.text);
	strbuf_free(&rl.quoted);
	return status;
}

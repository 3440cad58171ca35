/* read [-rs] [-d delim] [-n|-N count] [-p prompt] [-t timeout] [-u fd]
 * [name...] (XCU read; -d is POSIX.1-2024, the others are the options bash
 * and mksh share, with bash's meaning where they differ).
 *
 * The line is read from its descriptor one byte at a time: whatever follows the
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
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "expand/expand.h"
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

/* What the options ask for. */
struct read_opts {
	bool raw;		/* -r: backslash is an ordinary character */
	bool exact;		/* -N: exactly count bytes, delim is ordinary */
	bool silent;		/* -s: no echo when fd is a terminal */
	char delim;		/* -d: ends the line ('\0' for -d '') */
	long count;		/* -n/-N: at most this many bytes; -1: no limit */
	int fd;			/* -u: the descriptor read */
	const char *prompt;	/* -p: shown on stderr if fd is a terminal */
	bool has_timeout;	/* -t given */
	struct timespec deadline;	/* CLOCK_MONOTONIC, with -t */
	long timeout_ms;	/* -t as given, for -t 0 */
};

/* How read waits for input on a descriptor that may block (not a regular
 * file).  Sleeping in read(2) itself would leave a window: a signal that
 * lands between the last check and the read waits for the next input
 * byte.  So the sleep is a poll() on the descriptor and the signal
 * self-pipe, whose byte stays until dispatched.  A poll per byte would
 * double the cost of every read loop, so FIONREAD tells how many bytes are
 * already there: those are read without a poll, since they cannot block. */
struct reader {
	int fd;
	bool must_wait;		/* fd may block */
	int avail;		/* bytes known to be buffered, read need not wait */
	const struct read_opts *opts;	/* for the -t deadline */
	/* A regular file is read a block at a time, and what the line did
	 * not use is given back with one lseek at the end (reader_done):
	 * the offset ends right after the line, as byte by byte, for three
	 * system calls a line instead of one per byte. */
	bool block;
	size_t pos, len;	/* buf[pos..len) is read but not used yet */
	char buf[512];
};

/* The next byte of a block reader's buffer, refilled when empty.  1, 0
 * (end of file) or -1 (errno set), as read(2) would say. */
static ssize_t block_byte(struct reader *r, char *c)
{
	if (r->pos == r->len) {
		size_t want = sizeof r->buf;
		/* -n with a small count: no more than it may need. */
		if (r->opts->count >= 0 && (size_t)r->opts->count < want)
			want = r->opts->count > 0 ? (size_t)r->opts->count : 1;
		ssize_t n = read(r->fd, r->buf, want);
		if (n <= 0)
			return n;
		r->pos = 0;
		r->len = (size_t)n;
	}
	*c = r->buf[r->pos++];
	return 1;
}

/* Gives back what a block reader read beyond the line. */
static void reader_done(struct reader *r)
{
	if (r->block && r->len > r->pos)
		(void)lseek(r->fd, -(off_t)(r->len - r->pos), SEEK_CUR);
	r->pos = r->len = 0;
}

/* Milliseconds left before the -t deadline (0 when it passed), or -1
 * without -t. */
static int time_left(const struct read_opts *o)
{
	struct timespec now;
	long long ms;

	if (!o->has_timeout)
		return -1;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (long long)(o->deadline.tv_sec - now.tv_sec) * 1000
		+ (o->deadline.tv_nsec - now.tv_nsec) / 1000000;
	if (ms <= 0)
		return 0;
	return ms > INT_MAX ? INT_MAX : (int)ms;
}

/* Sleeps until fd is readable (or at its end), a signal came, or the -t
 * deadline passed.  1: fd is ready; 0: a signal (dispatched by the
 * caller); -1: time is up. */
static int wait_input(const struct reader *r)
{
	struct pollfd pfd[2] = {
		{ .fd = r->fd, .events = POLLIN },
		{ .fd = sig_fd(), .events = POLLIN },
	};
	int ms = time_left(r->opts);
	int n;

	if (ms == 0)
		return -1;
	n = poll(pfd, pfd[1].fd >= 0 ? 2 : 1, ms);
	if (n == 0)
		return -1;
	/* EINTR or the self-pipe: a signal, dispatched by the caller. */
	return n > 0 && pfd[0].revents != 0 ? 1 : 0;
}

/* Reads one byte.  1: got it; 0: end of file; -1: error (message
 * printed); -2: a trap action called exit or Ctrl-C abandons the line
 * (sh->flow is FLOW_EXIT or FLOW_INTERRUPT); -3: the -t time is up. */
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
			int w;

			if (ioctl(r->fd, FIONREAD, &n) == 0 && n > 0)
				r->avail = n;
			else if ((w = wait_input(r)) <= 0) {
				if (w < 0)
					return -3;
				continue;
			}
		}
		ssize_t n = r->block ? block_byte(r, c) : read(r->fd, c, 1);

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
			if (wait_input(r) < 0)
				return -3;
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

/* The status read_input gives for what read_byte returned (r <= 0). */
static int input_status(int r)
{
	switch (r) {
	case 0: return 1;
	case -2: return 3;
	case -3: return 4;
	default: return 2;
	}
}

/* Reads the logical line.  Returns 0 (delimiter seen or count reached),
 * 1 (end of file), 2 (read error), 3 (a trap action called exit: nothing
 * is assigned) or 4 (timed out; what was read is assigned).  The count of
 * -n/-N is of bytes stored: an escaped character counts once, a line
 * continuation not at all (as bash counts, in bytes rather than
 * characters). */
static int read_line_from(struct shell *sh, struct reader *in,
	struct read_line *rl, const struct read_opts *o)
{
	char c;
	int r;

	for (;;) {
		if (o->count >= 0 && (long)rl->text.len >= o->count)
			return 0;
		r = read_byte(sh, in, &c);
		if (r <= 0)
			return input_status(r);
		if (c == o->delim && !o->exact)
			return 0;
		if (c == '\0')
			continue;	/* a shell variable cannot hold NUL */
		if (c != '\\' || o->raw) {
			line_add(rl, c, false);
			continue;
		}
		r = read_byte(sh, in, &c);
		if (r <= 0)
			return input_status(r);
		if (c == '\n')
			continue;	/* line continuation, whatever -d says */
		if (c == '\0')
			continue;
		line_add(rl, c, true);
	}
}

/* read_line_from on o->fd, whose fstat is st: a regular file in blocks. */
static int read_input(struct shell *sh, struct read_line *rl,
	const struct read_opts *o, const struct stat *st)
{
	bool regular = S_ISREG(st->st_mode);
	struct reader in = {
		.fd = o->fd,
		.must_wait = !regular,
		.avail = 0,
		.opts = o,
		.block = regular,	/* seekable: lseek gives bytes back */
	};
	int status = read_line_from(sh, &in, rl, o);
	reader_done(&in);
	return status;
}

/* The length of the IFS character at i (locale characters, as word
 * splitting does), or 0 if the byte at i is quoted or starts none. */
static size_t ifs_at(const struct read_line *rl, size_t i)
{
	if (rl->quoted.data[i])
		return 0;
	return expand_ifs_char(rl->ifs, rl->text.data + i, rl->text.len - i);
}

static bool is_ifs_space(const struct read_line *rl, size_t i)
{
	char c = rl->text.data[i];

	return (c == ' ' || c == '\t' || c == '\n') && ifs_at(rl, i) != 0;
}

/* Steps over one character of the field that starts no delimiter. */
static size_t field_char(const struct read_line *rl, size_t i)
{
	return i + expand_char_len(rl->text.data + i, rl->text.len - i);
}

/* Skips one field delimiter at i: IFS white space, at most one other IFS
 * character, IFS white space. */
static size_t skip_delimiter(const struct read_line *rl, size_t i)
{
	size_t len = rl->text.len;
	size_t k;

	while (i < len && is_ifs_space(rl, i))
		i++;
	if (i < len && !is_ifs_space(rl, i) && (k = ifs_at(rl, i)) != 0) {
		i += k;
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

/* Splits the line over the nnames names and assigns them.  split false:
 * the first name gets the whole line, unchanged (REPLY without names, -N),
 * and the others the empty string. */
static bool read_assign(struct shell *sh, struct read_line *rl,
	char **names, int nnames, bool split)
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

	if (!split) {
		ok = assign(sh, names[0], rl->text.data);
		for (k = 1; k < nnames; k++)
			ok = assign(sh, names[k], "") && ok;
		return ok;
	}
	while (i < len && is_ifs_space(rl, i))
		i++;
	for (k = 0; k < nnames - 1; k++) {
		size_t start = i;
		char *field;

		while (i < len && !ifs_at(rl, i))
			i = field_char(rl, i);
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
		while (j < end && !ifs_at(rl, j))
			j = field_char(rl, j);
		if (j < end && skip_delimiter(rl, j) >= end)
			end = j;
		rest = xstrndup(rl->text.data + i, end - i);
		ok = assign(sh, names[nnames - 1], rest) && ok;
		free(rest);
	}
	return ok;
}

/* -t: a non-negative decimal number of seconds, fractions allowed. */
static bool parse_timeout(const char *s, struct read_opts *o)
{
	char *end;
	double secs;
	struct timespec now;

	if (*s == '\0' || *s == '-' || *s == '+')
		return false;
	errno = 0;
	secs = strtod(s, &end);
	if (*end != '\0' || errno == ERANGE || !isfinite(secs) || secs < 0)
		return false;
	if (secs > 1e9)
		secs = 1e9;
	o->has_timeout = true;
	o->timeout_ms = (long)(secs * 1000);
	clock_gettime(CLOCK_MONOTONIC, &now);
	o->deadline.tv_sec = now.tv_sec + (time_t)secs;
	o->deadline.tv_nsec = now.tv_nsec
		+ (long)((secs - (double)(time_t)secs) * 1e9);
	if (o->deadline.tv_nsec >= 1000000000L) {
		o->deadline.tv_sec++;
		o->deadline.tv_nsec -= 1000000000L;
	}
	return true;
}

/* Parses the options into o.  Returns 0 or the status to return (2: a
 * usage error, message printed). */
static int read_options(int argc, char **argv, int *opt_ind,
	struct read_opts *o)
{
	char *opt_arg = NULL;
	long v;
	int c;

	while ((c = builtin_getopt(argc, argv, "d:n:N:p:rst:u:", opt_ind,
			&opt_arg)) != 0) {
		switch (c) {
		case 'd':
			o->delim = opt_arg[0];
			break;
		case 'n':
		case 'N':
			if (!builtin_parse_long(opt_arg, &v) || v < 0) {
				sh_error(argv[0], "%s: invalid count", opt_arg);
				return 2;
			}
			o->count = v;
			o->exact = c == 'N';
			break;
		case 'p':
			o->prompt = opt_arg;
			break;
		case 'r':
			o->raw = true;
			break;
		case 's':
			o->silent = true;
			break;
		case 't':
			if (!parse_timeout(opt_arg, o)) {
				sh_error(argv[0], "%s: invalid timeout",
					opt_arg);
				return 2;
			}
			break;
		case 'u':
			if (!builtin_parse_long(opt_arg, &v) || v < 0
				|| v > INT_MAX) {
				sh_error(argv[0], "%s: invalid file descriptor",
					opt_arg);
				return 2;
			}
			o->fd = (int)v;
			break;
		default:
			return 2;
		}
	}
	return 0;
}

int builtin_read(struct shell *sh, int argc, char **argv)
{
	static char *reply[] = { "REPLY", NULL };
	struct read_line rl = { STRBUF_INIT, STRBUF_INIT, NULL };
	struct read_opts o = {
		.delim = '\n', .count = -1, .fd = STDIN_FILENO,
	};
	struct termios saved;
	bool restore_tty = false;
	bool split = true;
	int opt_ind = 1;
	char **names;
	int nnames;
	int status;
	int k;

	status = read_options(argc, argv, &opt_ind, &o);
	if (status != 0)
		return status;
	names = argv + opt_ind;
	nnames = argc - opt_ind;
	if (nnames == 0) {
		/* As bash: REPLY gets the line as it is, IFS white space
		 * and all (backslashes are still removed without -r). */
		names = reply;
		nnames = 1;
		split = false;
	}
	if (o.exact)
		split = false;	/* -N: the bytes read, unsplit (bash) */
	for (k = 0; k < nnames; k++) {
		if (!is_name(names[k])) {
			sh_error(argv[0], "%s: bad variable name", names[k]);
			return 2;
		}
	}
	/* One fstat says whether the fd is open, a file (read in blocks)
	 * or perhaps a terminal. */
	struct stat st;
	if (fstat(o.fd, &st) < 0) {
		sh_error_errno(argv[0], "%d: invalid file descriptor", o.fd);
		return 1;
	}
	if (o.has_timeout && o.timeout_ms == 0) {
		/* -t 0: only whether input is there; nothing is read. */
		struct pollfd pfd = { .fd = o.fd, .events = POLLIN };
		int n;

		while ((n = poll(&pfd, 1, 0)) < 0 && errno == EINTR)
			;
		return n > 0 ? 0 : 1;
	}
	if (S_ISCHR(st.st_mode) && isatty(o.fd)) {
		if (o.prompt != NULL) {
			/* Only for a terminal (as dash and bash): a prompt
			 * on a pipe or a file is noise in a log. */
			size_t len = strlen(o.prompt);
			ssize_t n;

			while ((n = write(STDERR_FILENO, o.prompt, len)) < 0
				&& errno == EINTR)
				;
		}
		if (o.silent && tcgetattr(o.fd, &saved) == 0) {
			struct termios quiet = saved;

			quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
			restore_tty = tcsetattr(o.fd, TCSANOW, &quiet) == 0;
		}
	}

	status = read_input(sh, &rl, &o, &st);
	if (restore_tty)
		(void)tcsetattr(o.fd, TCSANOW, &saved);
	if (status == 3) {
		status = sh->status;
		goto done;
	}
	if (status == 2) {
		status = 1;
		goto done;
	}
	if (status == 4)
		status = 128 + SIGALRM;	/* bash and mksh: 142 */
	rl.ifs = var_get(sh->vars, "IFS");
	if (rl.ifs == NULL)
		rl.ifs = " \t\n";
	/* At end of file what was read is still assigned; status 1.  A
	 * readonly name is an error, 2 (as dash and mksh; bash says 1). */
	if (!read_assign(sh, &rl, names, nnames, split))
		status = 2;
done:
	strbuf_free(&rl.text);
	strbuf_free(&rl.quoted);
	return status;
}

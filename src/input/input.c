/* Input sources that hand the parser one line at a time.
 *
 * A file descriptor is never read past the line returned: the shell and
 * the commands it runs may share it (a script on standard input whose
 * commands read the rest of it).  A seekable fd is read in blocks and
 * moved back to just after the line; anything else (a pipe, a terminal)
 * is read one byte at a time, the only way not to take bytes that belong
 * to the next reader. */
#include "input/input.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/fd.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

enum { INPUT_BLOCK = 4096 };

struct string_input {
	struct input base;
	char *text;
	size_t pos;
};

struct fd_input {
	struct input base;
	int fd;
	bool own_fd;
	bool seekable;
};

static bool string_read_line(struct input *in, struct strbuf *out,
	bool continuation)
{
	struct string_input *si = (struct string_input *)in;
	(void)continuation;
	const char *s = si->text + si->pos;
	if (*s == '\0')
		return false;
	const char *nl = strchr(s, '\n');
	size_t n = nl ? (size_t)(nl - s) + 1 : strlen(s);
	strbuf_appendn(out, s, n);
	si->pos += n;
	return true;
}

static void string_destroy(struct input *in)
{
	struct string_input *si = (struct string_input *)in;
	free(si->text);
	free(in->name);
	free(si);
}

struct input *input_from_string(const char *text, const char *name)
{
	struct string_input *si = xcalloc(1, sizeof(*si));
	si->base.read_line = string_read_line;
	si->base.destroy = string_destroy;
	si->base.name = xstrdup(name);
	si->text = xstrdup(text);
	return &si->base;
}

static ssize_t read_retry(int fd, void *buf, size_t n)
{
	ssize_t r;
	do
		r = read(fd, buf, n);
	while (r < 0 && errno == EINTR);
	return r;
}

/* Reads a block, keeps up to the first newline and seeks back over the
 * rest. */
static bool fd_read_line_seekable(struct fd_input *fi, struct strbuf *out)
{
	char block[INPUT_BLOCK];
	bool got = false;
	for (;;) {
		ssize_t n = read_retry(fi->fd, block, sizeof(block));
		if (n <= 0) {
			return got;
		}
		got = true;
		char *nl = memchr(block, '\n', (size_t)n);
		if (nl == NULL) {
			strbuf_appendn(out, block, (size_t)n);
			continue;
		}
		size_t used = (size_t)(nl - block) + 1;
		strbuf_appendn(out, block, used);
		if (used < (size_t)n)
			lseek(fi->fd, -(off_t)((size_t)n - used), SEEK_CUR);
		return true;
	}
}

static bool fd_read_line_bytes(struct fd_input *fi, struct strbuf *out)
{
	bool got = false;
	for (;;) {
		char c;
		ssize_t n = read_retry(fi->fd, &c, 1);
		if (n <= 0) {
			/* A terminal may give more after ^D; only a pipe or
			 * file end is final, but either ends this line. */
			return got;
		}
		got = true;
		strbuf_appendc(out, c);
		if (c == '\n')
			return true;
	}
}

static bool fd_read_line(struct input *in, struct strbuf *out,
	bool continuation)
{
	struct fd_input *fi = (struct fd_input *)in;
	(void)continuation;
	if (fi->seekable)
		return fd_read_line_seekable(fi, out);
	return fd_read_line_bytes(fi, out);
}

static void fd_destroy(struct input *in)
{
	struct fd_input *fi = (struct fd_input *)in;
	if (fi->own_fd) {
		fd_disown(&fi->fd);
		close(fi->fd);
	}
	free(in->name);
	free(fi);
}

struct input *input_from_fd(int fd, const char *name, bool own_fd)
{
	struct fd_input *fi = xcalloc(1, sizeof(*fi));
	fi->base.read_line = fd_read_line;
	fi->base.destroy = fd_destroy;
	fi->base.name = xstrdup(name);
	fi->fd = fd;
	fi->own_fd = own_fd;
	if (own_fd)
		fd_own(&fi->fd);
	fi->seekable = lseek(fd, 0, SEEK_CUR) != (off_t)-1;
	return &fi->base;
}

void input_destroy(struct input *in)
{
	if (in)
		in->destroy(in);
}

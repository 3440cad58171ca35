/* Input sources that hand the parser one line at a time.
 *
 * A descriptor the shell opened itself (a script named on the command
 * line, a dot file) is private: nobody else reads it, so it is read in
 * large blocks and the lines are cut from the block.
 *
 * A descriptor the shell shares (standard input) may be read by the
 * commands the script runs, which must find their input right after the
 * command that runs them (XCU sh, INPUT FILES).  A seekable one is read in
 * blocks: either moved back to just after each line handed out, or, when
 * the shell promises to call input_sync before running anything that may
 * read it, only then (bash does the same before it forks).  A pipe, under
 * the same promise, is peeked at with tee(2), which copies its contents
 * without taking them, and the bytes handed out are taken out of it only
 * when the block is used up or at input_sync.  Anything else (a terminal,
 * a socket, a pipe without the promise) is read one byte at a time, the
 * only way not to take bytes that belong to the next reader.
 *
 * A NUL byte cannot be part of shell text (words are C strings): it is
 * dropped, as dash and mksh do, and the first one of a source is reported
 * with its line, so that no text goes missing without a word. */
#include "input/input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/error.h"
#include "util/fd.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

enum {
	/* A private descriptor: one read covers most scripts whole. */
	INPUT_BLOCK = 65536,
	/* A shared seekable one: what is read ahead is read again after
	 * each command that may read the descriptor, so a block is not
	 * large. */
	INPUT_SHARED_BLOCK = 8192,
};

struct string_input {
	struct input base;
	char *text;
	size_t pos;
};

enum fd_mode {
	FD_PRIVATE,	/* block reads, no seek */
	FD_AHEAD,	/* shared: block reads, seek back at input_sync */
	FD_PEEK,	/* shared pipe: blocks peeked (tee), consumed later */
	FD_SEEK,	/* shared: block reads, seek back after each line */
	FD_BYTES,	/* shared: one byte at a time */
};

struct fd_input {
	struct input base;
	int fd;
	bool own_fd;
	enum fd_mode mode;
	/* input_begin_readahead was called: a seekable shared fd is read
	 * in FD_AHEAD mode. */
	bool readahead;
	/* After input_sync: the descriptor may now be another file (exec
	 * <file), so the mode is chosen again before the next read. */
	bool recheck;
	/* Lines handed out so far, for the line number of a warning. */
	long lines;
	bool warned_nul;
	/* FD_PRIVATE, FD_AHEAD, FD_PEEK: the block, with the bytes not yet
	 * handed out at buf[start, end).  In FD_AHEAD the descriptor's
	 * offset is end - start bytes past the text handed out; in FD_PEEK
	 * the pipe still holds the whole block (consume_peeked). */
	char *buf;
	size_t start, end;
	bool buf_has_nul;	/* the block holds a NUL byte somewhere */
};

/* The mode for a shared descriptor, as it is now. */
static enum fd_mode shared_mode(const struct fd_input *fi)
{
	if (lseek(fi->fd, 0, SEEK_CUR) != (off_t)-1)
		return fi->readahead ? FD_AHEAD : FD_SEEK;
#ifdef __linux__
	struct stat st;
	if (fi->readahead && fstat(fi->fd, &st) == 0 && S_ISFIFO(st.st_mode))
		return FD_PEEK;
#endif
	return FD_BYTES;
}

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

/* Appends s[0, n) to out without its NUL bytes, warning about the first
 * one of the source.  s holds at most one newline, at its end.  nul:
 * s may hold a NUL byte (false when the caller knows it holds none). */
static void append_text(struct fd_input *fi, struct strbuf *out,
	const char *s, size_t n, bool nul)
{
	if (n > 0 && s[n - 1] == '\n')
		fi->lines++;
	if (!nul || memchr(s, '\0', n) == NULL) {
		strbuf_appendn(out, s, n);
	} else {
		if (!fi->warned_nul) {
			fi->warned_nul = true;
			/* lines already counts the line s ends, if any. */
			long line = fi->lines + (s[n - 1] != '\n');
			char *where = xasprintf("%s: line %ld", fi->base.name,
				line);
			sh_error_placed(where, "warning: NUL byte ignored");
			free(where);
		}
		for (const char *end = s + n; s < end;) {
			const char *z = memchr(s, '\0', (size_t)(end - s));
			size_t run = z ? (size_t)(z - s) : (size_t)(end - s);
			strbuf_appendn(out, s, run);
			s += run + (z != NULL);
		}
	}
}

/* Moves what the block holds of the current line to out; true if that
 * ended the line (a newline was in the block). */
static bool take_buffered(struct fd_input *fi, struct strbuf *out)
{
	const char *s = fi->buf + fi->start;
	size_t avail = fi->end - fi->start;
	const char *nl = memchr(s, '\n', avail);
	size_t n = nl ? (size_t)(nl - s) + 1 : avail;
	append_text(fi, out, s, n, fi->buf_has_nul);
	fi->start += n;
	return nl != NULL;
}

static bool fd_read_line_bytes(struct fd_input *fi, struct strbuf *out);

/* FD_PEEK: takes the first n bytes out of the pipe: the text handed out,
 * which the pipe still holds (only this process reads it meanwhile).
 * The block is free to be overwritten. */
static void consume_peeked(struct fd_input *fi, size_t n)
{
	while (n > 0) {
		ssize_t r = read_retry(fi->fd, fi->buf, n);
		if (r <= 0)
			return;
		n -= (size_t)r;
	}
}

/* FD_PEEK: copies what the pipe holds (up to size bytes, waiting for some
 * if it is empty) into the block without taking it out of the pipe: tee
 * into a pipe of our own, then read that.  Returns the number of bytes,
 * 0 at the end of the input, -1 if the pipe cannot be peeked (the caller
 * falls back to reading bytes). */
static ssize_t peek_pipe(struct fd_input *fi, size_t size)
{
#ifndef __linux__
	(void)fi;
	(void)size;
	return -1;	/* tee(2) is Linux's */
#else
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0)
		return -1;
	ssize_t n;
	do
		n = tee(fi->fd, p[1], size, 0);
	while (n < 0 && errno == EINTR);
	size_t got = 0;
	while (n > 0 && got < (size_t)n) {
		ssize_t r = read_retry(p[0], fi->buf + got, (size_t)n - got);
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(p[0]);
	close(p[1]);
	if (n > 0 && got < (size_t)n)
		n = (ssize_t)got;
	return n;
#endif
}

/* Cuts the next line from the block, refilling it with a block of size
 * when it runs out: with read(2), or for a pipe (FD_PEEK) with a peek,
 * the pipe giving up a block's bytes only once all of them were handed
 * out (or at input_sync as many as were). */
static bool fd_read_line_block(struct fd_input *fi, struct strbuf *out,
	size_t size)
{
	bool got = false;
	for (;;) {
		if (fi->start < fi->end) {
			got = true;
			if (take_buffered(fi, out))
				return true;
		}
		if (fi->buf == NULL)
			fi->buf = xmalloc(size);
		ssize_t n;
		if (fi->mode == FD_PEEK) {
			consume_peeked(fi, fi->end);
			fi->start = fi->end = 0;
			n = peek_pipe(fi, size);
			if (n < 0) {
				fi->mode = FD_BYTES;
				return fd_read_line_bytes(fi, out) || got;
			}
		} else {
			n = read_retry(fi->fd, fi->buf, size);
			fi->start = fi->end = 0;
		}
		if (n <= 0)
			return got;
		fi->end = (size_t)n;
		fi->buf_has_nul = memchr(fi->buf, '\0', fi->end) != NULL;
	}
}

/* Reads a block, keeps up to the first newline and seeks back over the
 * rest. */
static bool fd_read_line_seekable(struct fd_input *fi, struct strbuf *out)
{
	char block[INPUT_SHARED_BLOCK];
	bool got = false;
	for (;;) {
		ssize_t n = read_retry(fi->fd, block, sizeof(block));
		if (n <= 0) {
			return got;
		}
		got = true;
		char *nl = memchr(block, '\n', (size_t)n);
		if (nl == NULL) {
			append_text(fi, out, block, (size_t)n, true);
			continue;
		}
		size_t used = (size_t)(nl - block) + 1;
		append_text(fi, out, block, used, true);
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
		append_text(fi, out, &c, 1, c == '\0');
		if (c == '\n')
			return true;
	}
}

static bool fd_read_line(struct input *in, struct strbuf *out,
	bool continuation)
{
	struct fd_input *fi = (struct fd_input *)in;
	(void)continuation;
	if (fi->recheck && fi->start == fi->end) {
		fi->recheck = false;
		fi->mode = shared_mode(fi);
	}
	switch (fi->mode) {
	case FD_PRIVATE:
	case FD_PEEK:
		return fd_read_line_block(fi, out, INPUT_BLOCK);
	case FD_AHEAD:
		return fd_read_line_block(fi, out, INPUT_SHARED_BLOCK);
	case FD_SEEK:
		return fd_read_line_seekable(fi, out);
	case FD_BYTES:
		break;
	}
	return fd_read_line_bytes(fi, out);
}

static void fd_destroy(struct input *in)
{
	struct fd_input *fi = (struct fd_input *)in;
	if (fi->own_fd) {
		fd_disown(&fi->fd);
		close(fi->fd);
	}
	free(fi->buf);
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
	if (own_fd) {
		fd_own(&fi->fd);
		fi->mode = FD_PRIVATE;
	} else {
		fi->mode = shared_mode(fi);
	}
	return &fi->base;
}

bool input_begin_readahead(struct input *in)
{
	if (in->read_line != fd_read_line)
		return false;
	struct fd_input *fi = (struct fd_input *)in;
	if (fi->own_fd || fi->readahead)
		return false;
	fi->readahead = true;
	fi->mode = shared_mode(fi);
	return true;
}

void input_sync(struct input *in)
{
	if (in->read_line != fd_read_line)
		return;
	struct fd_input *fi = (struct fd_input *)in;
	if (fi->mode == FD_AHEAD) {
		if (fi->start < fi->end)
			lseek(fi->fd, -(off_t)(fi->end - fi->start), SEEK_CUR);
	} else if (fi->mode == FD_PEEK) {
		consume_peeked(fi, fi->start);
	} else {
		return;
	}
	fi->start = fi->end = 0;
	fi->recheck = true;
}

void input_destroy(struct input *in)
{
	if (in)
		in->destroy(in);
}

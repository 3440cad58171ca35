/* Where shell text comes from: a string (-c, eval, .), a file descriptor (a
 * script, standard input) or, for an interactive shell, readline.  The parser
 * pulls one line at a time, so a shared descriptor (standard input) is read
 * only as far as the command being run: a command that reads the same
 * standard input finds the rest of it untouched. */
#ifndef COSH_INPUT_INPUT_H
#define COSH_INPUT_INPUT_H

#include <stdbool.h>

struct strbuf;

struct input {
	/* Appends the next line, with its '\n' if it had one, to out.
	 * continuation is true while the parser is inside an unfinished
	 * command (an interactive source prompts with PS2 then, PS1
	 * otherwise).  Returns false at end of input, appending nothing. */
	bool (*read_line)(struct input *in, struct strbuf *out, bool continuation);
	void (*destroy)(struct input *in);
	char *name;	/* for messages: script path, "-c", "stdin"; owned */
	/* Set by an interactive read_line that returns false because the
	 * user pressed Ctrl-C (SIGINT at the prompt): the parser then drops
	 * the partial command silently and returns PARSE_ERROR, instead of
	 * taking it for the end of input.  The parser clears it. */
	bool interrupted;
};

/* Copies text. */
struct input *input_from_string(const char *text, const char *name);
/* Reads fd; takes ownership of fd when own_fd (closed on destroy).  An
 * owned fd is private to the shell and read in large blocks.  A shared one
 * is never left past the text consumed: a seekable fd is read in blocks
 * and repositioned after each line, other fds are read one byte at a time.
 * NUL bytes are dropped; the first one of the source is reported as
 * "cosh: NAME: line N: warning: NUL byte ignored".  EINTR is retried. */
struct input *input_from_fd(int fd, const char *name, bool own_fd);
void input_destroy(struct input *in);

/* For an input on a shared descriptor (input_from_fd without own_fd):
 * from now on a seekable one is read in blocks ahead of the text handed
 * out, and a pipe peeked at in blocks (Linux), and the caller must call
 * input_sync before anything else may read the descriptor.  False, changing nothing, for any other input or when
 * already called. */
bool input_begin_readahead(struct input *in);
/* Seeks the descriptor back to just after the text handed out (a pipe:
 * takes just that text out of it) and drops what was read ahead; the next
 * line is read from wherever the descriptor is then (another file after
 * exec <file, the rest after a command read some of it).  No-op for inputs
 * that read nothing ahead. */
void input_sync(struct input *in);

#endif

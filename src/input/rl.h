/* The interactive input: GNU readline through its callback interface,
 * inside a poll() on the terminal and the signal self-pipe, so that job
 * notifications, traps and window-size changes are handled while the
 * prompt waits, and readline is never entered from a signal handler.
 * Readline is initialised only here: a script never pays for it. */
#ifndef COSH_INPUT_RL_H
#define COSH_INPUT_RL_H

#include <stdbool.h>
#include <stddef.h>

struct shell;

/* An input for an interactive shell that prompts with PS1 for a new
 * command and PS2 for a continuation line, on standard error.  With
 * standard input on a terminal it edits lines with readline (history from
 * and to $HISTFILE, default ~/.cosh_history, $HISTSIZE lines, default 500;
 * completion); otherwise it reads standard input plainly.
 *
 * While it waits, sig_dispatch(sh) runs whenever a signal arrives:
 * children are reaped, traps run, and with set -b job changes are
 * reported at once (the prompt and the line are redrawn); otherwise
 * job_notify runs before each PS1.  Ctrl-C discards the line and sets $?
 * to 130: at PS1 a fresh prompt follows; at PS2 read_line returns false
 * with in->interrupted set.  Ctrl-D on an empty line is the end of input,
 * except once while jobs are stopped ("there are stopped jobs"; see
 * sh->stopped_jobs_warned).  sh is borrowed for the life of the input;
 * only one readline input may exist at a time.  The history file is
 * written when the input is destroyed. */
struct input *input_from_readline(struct shell *sh);

/* Completion (complete.c): installs readline's attempted-completion hook,
 * which completes command names (builtins, functions, reserved words,
 * executables on PATH) in command position, $VARIABLE and ${VARIABLE}
 * names after '$' (also inside "..."), job specs after '%', and file
 * names elsewhere; and readline's quoting hooks, so that the typed word
 * is dequoted before it is matched and command and file names are
 * inserted quoted (complete_quote).  sh is borrowed until complete_fini. */
void complete_init(struct shell *sh);
void complete_fini(void);

/* name quoted to be read back by the shell as that one word, continuing
 * the quote the word was opened with: quote is '\0' (unquoted: a
 * backslash before each character special to the shell; a name with a
 * newline goes in single quotes instead), '"' (a backslash before $ ` "
 * and \ only) or '\'' (a ' becomes '\'').  The result starts with the
 * opening quote, if any, and ends with the closing one only if close (a
 * complete name, not a directory or a common prefix).  A leading '~' is
 * quoted only if tilde_literal (else it is a tilde prefix the user
 * typed).  Never NULL; caller frees. */
char *complete_quote(const char *name, char quote, bool close, bool tilde_literal);

/* text with its quoting removed as the shell would, starting inside the
 * quote quote ('\0', '"' or '\''): the word the user means so far.  An
 * unfinished quote or a trailing backslash is dropped.  Never NULL;
 * caller frees. */
char *complete_dequote(const char *text, char quote);

/* True if line[index] is quoted: escaped by a backslash, inside '...' or
 * "...", or one of those quote characters.  index must not be past the
 * terminating '\0'. */
bool complete_is_quoted(const char *line, size_t index);

#endif

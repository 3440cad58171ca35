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
 * only one readline input may exist at a time.
 *
 * History: each command is one entry, in the list from its first line
 * on; the lines of a command typed over PS2 prompts are joined with
 * newlines into it.  The list is read from the history file when the
 * input is created and written by rl_history_save, which the input's
 * destruction calls too. */
struct input *input_from_readline(struct shell *sh);

/* Writes the history list to $HISTFILE (default ~/.cosh_history; none if
 * HISTFILE is set and empty), keeping its last $HISTSIZE entries (default
 * 500).  Each entry is preceded by a "#SECONDS" line, so that multi-line
 * entries read back whole.  Call it on every way out of an interactive
 * shell: exit and end of input (shell_exit, the input's destruction),
 * before exec replaces the shell, and before an untrapped SIGHUP ends it.
 * Idempotent: it writes nothing when the list did not change since the
 * last write.  Does nothing when no readline input with a terminal exists
 * for sh, or in a subshell.  Blocks the shell's signals while it writes
 * (no write fails with EINTR) and restores the mask.  Not for a signal
 * handler: it runs at safe points only.  A failed write is reported
 * ("cosh: history: FILE: ...") and the caller goes on. */
void rl_history_save(struct shell *sh);

/* For fc: false when sh has no command history (not interactive, no
 * terminal); a subshell of an interactive shell has its copy of the list
 * (fc -l | grep ...), which it may change but never saves.  Otherwise *first is the number of the oldest
 * entry (readline's history_base) and *last the number of the newest
 * entry before the command being run, whose own entry is left out;
 * *last < *first when there is none.  Entries are read with
 * history_get(). */
bool rl_history_bounds(const struct shell *sh, long *first, long *last);

/* For fc -e and fc -s: the entry of the command being run (the one that
 * called fc) is replaced by text, the command fc runs instead (copied),
 * which is then the entry of the command being run.  Entries that
 * history_get returned before may be freed.  Does nothing without
 * history (see rl_history_bounds). */
void rl_history_replace_current(const struct shell *sh, const char *text);

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

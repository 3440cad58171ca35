/* The interactive input: GNU readline through its callback interface,
 * inside a poll() on the terminal and the signal self-pipe, so that job
 * notifications, traps and window-size changes are handled while the
 * prompt waits, and readline is never entered from a signal handler.
 * Readline is initialised only here: a script never pays for it. */
#ifndef COSH_INPUT_RL_H
#define COSH_INPUT_RL_H

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
 * executables on PATH) in command position, $VARIABLE names after '$',
 * job specs after '%', and file names elsewhere.  sh is borrowed until
 * complete_fini. */
void complete_init(struct shell *sh);
void complete_fini(void);

#endif

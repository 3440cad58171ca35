/* The controlling terminal: handing it to a job and taking it back, with
 * the shell's own modes saved and restored.  Every tcsetpgrp/tcsetattr runs
 * with SIGTTOU blocked, on the remembered terminal fd. */
#ifndef COSH_JOB_TTY_H
#define COSH_JOB_TTY_H

#include <stdbool.h>
#include <sys/types.h>
#include <termios.h>

struct shell;

/* Opens the terminal for the shell (fd above 9, close-on-exec, kept in
 * sh->tty_fd), makes sure the shell is in the foreground (stopping itself
 * with SIGTTIN until it is), puts it in its own group, takes the terminal
 * and saves the shell's modes.  Call before sig_init: SIGTTIN must still
 * have the disposition the shell inherited.  Returns false (one line
 * printed: job control is off) if there is no terminal to control; the
 * shell goes on without job control. */
bool tty_init(struct shell *sh);
/* set -m in a script: takes the terminal for the script's jobs if the
 * script has one and is in its foreground, quietly, without waiting and
 * without leaving the process group it was started in (the terminal goes
 * back to that group after each job).  False (sh->tty_fd stays -1: jobs
 * still get groups of their own, and the shell forwards signals to them)
 * otherwise.  No-op if the terminal is already taken. */
bool tty_init_script(struct shell *sh);
/* Gives the terminal to pgid (SIGTTOU blocked meanwhile). */
void tty_give(struct shell *sh, pid_t pgid);
/* Takes the terminal back for the shell after a foreground job.  restore:
 * the job stopped or was killed, and may have left the terminal in a mode
 * of its own (raw, no echo): the shell's saved modes are put back.
 * Otherwise the job ended by itself and what it set is kept (a user's
 * stty), except the editing modes (canonical input, echo, signals, output
 * processing), which the shell and the next job need. */
void tty_take(struct shell *sh, bool restore);
/* Saves the terminal's current modes into *t; false if no terminal. */
bool tty_save(struct shell *sh, struct termios *t);
void tty_restore(struct shell *sh, const struct termios *t);

#endif

/* The controlling terminal: handing it to a job and taking it back, with
 * the shell's own modes saved and restored.  Every tcsetpgrp/tcsetattr runs
 * with SIGTTOU blocked, on the remembered terminal fd. */
#ifndef COSH_JOB_TTY_H
#define COSH_JOB_TTY_H

#include <stdbool.h>
#include <sys/types.h>
#include <termios.h>

struct shell;

/* Opens the terminal for the shell (fd above 9, close-on-exec), makes sure
 * the shell is in the foreground (stopping itself with SIGTTIN until it
 * is), puts it in its own group and takes the terminal.  Returns false
 * (message printed) if job control cannot be had: the shell goes on
 * without it. */
bool tty_init(struct shell *sh);
/* Gives the terminal to pgid. */
void tty_give(struct shell *sh, pid_t pgid);
/* Takes the terminal back for the shell and restores its modes. */
void tty_take(struct shell *sh);
/* Saves the terminal's current modes into *t; false if no terminal. */
bool tty_save(struct shell *sh, struct termios *t);
void tty_restore(struct shell *sh, const struct termios *t);

#endif

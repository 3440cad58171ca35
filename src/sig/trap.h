/* Trap actions.  The table keeps one action per signal and one for EXIT;
 * actions run only from sig_dispatch (between commands) and at exit,
 * never inside a handler. */
#ifndef COSH_SIG_TRAP_H
#define COSH_SIG_TRAP_H

#include <stdbool.h>

#include "shell.h"

struct shell;
struct strbuf;

#define TRAP_EXIT 0

struct traps;

struct traps *traps_create(void);
void traps_destroy(struct traps *t);

/* The action for signo (TRAP_EXIT for EXIT): NULL if default, "" if
 * ignored.  Borrowed. */
const char *trap_action(const struct shell *sh, int signo);
/* Sets (action NULL resets to default); updates the disposition.
 * Returns false if signo was ignored on entry (silently kept). */
bool trap_set(struct shell *sh, int signo, const char *action);

/* Runs the action of signo as a trap: $? saved and restored around it
 * (unless the action exits).  Returns the flow of the action. */
enum flow trap_run(struct shell *sh, int signo);
/* Runs the EXIT trap once (clears it first). */
void trap_run_exit(struct shell *sh);
/* In a subshell: caught traps go back to default, ignored ones stay.
 * The parent's table is kept aside for $(trap) listing. */
void traps_enter_subshell(struct shell *sh);
/* Appends "trap -- 'action' NAME" lines for every set trap (only the given
 * one when signo >= 0), re-readable as input. */
void trap_list(struct shell *sh, struct strbuf *out, int signo);

/* True while a trap action runs (for 'exit' with no operand). */
bool trap_is_running(const struct shell *sh);
/* The $? before the running trap. */
int trap_saved_status(const struct shell *sh);
/* True while the action of signo itself runs: sig_dispatch does not run a
 * trap inside its own action (it runs again after). */
bool trap_is_running_for(const struct shell *sh, int signo);

#endif

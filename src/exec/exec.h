/* The executor: walks the AST and runs it.  Every function that runs shell
 * code leaves the exit status in sh->status and returns the control flow the
 * commands asked for (enum flow in shell.h). */
#ifndef COSH_EXEC_EXEC_H
#define COSH_EXEC_EXEC_H

#include <stdbool.h>
#include <stddef.h>

struct shell;
struct node;
struct strbuf;

enum flow exec_node(struct shell *sh, const struct node *n);

/* A safe point between commands: runs what pending signals ask
 * (sig_dispatch) and returns FLOW_EXIT or FLOW_INTERRUPT if a trap action
 * exited or an interactive Ctrl-C abandons the command line, else
 * FLOW_NEXT.  Cheap when no signal came. */
enum flow exec_safe_point(struct shell *sh);

/* Runs body in a subshell with its standard output captured into out
 * (trailing newlines are NOT removed here; the expander removes them).
 * Returns the subshell's exit status, also left in sh->status. */
int exec_cmdsub(struct shell *sh, const struct node *body, struct strbuf *out);

/* Runs argv as a command (no assignments, no redirections) after the
 * usual lookup: special builtin, function, builtin, PATH.  For eval-free
 * callers such as the 'command' builtin when use_functions is false. */
enum flow exec_argv(struct shell *sh, int argc, char **argv, bool use_functions);

/* Replaces the process with argv[0] found on PATH (the 'exec' builtin and
 * every forked external command).  envp NULL means the shell's exported
 * variables.  Returns only on failure, with the POSIX status (126/127) and
 * after printing the message. */
int exec_external(struct shell *sh, char **argv, char **envp);

#endif

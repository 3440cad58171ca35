/* Redirections: applying them, and undoing them after a builtin, a group
 * or a function.  The fds the shell keeps to undo a redirection are
 * close-on-exec, so no child inherits them, and above 9 unless the limit
 * on open files is lower (src/util/fd.h). */
#ifndef COSH_EXEC_REDIR_H
#define COSH_EXEC_REDIR_H

#include <stdbool.h>
#include <stddef.h>

struct shell;
struct redir;
struct redir_save;

/* Applies the list in order.  With save non-NULL, *save receives a record
 * for redir_undo (possibly NULL when nothing needs undoing); with save
 * NULL the redirections are permanent (exec, or a child about to exec).
 * On failure prints "cosh: FILE: REASON", undoes what was done so far and
 * returns false (the caller sets status 1 or, for a special builtin in a
 * non-interactive shell, exits). */
bool redir_apply(struct shell *sh, const struct redir *r, struct redir_save **save);

/* The two halves of redir_apply, for an external command: the words are
 * expanded in the shell before it forks (command substitutions in them
 * need the shell's signal handling), the fds are changed in the child.
 * redir_prepare returns false on an expansion error (message printed). */
struct redir_plan;
bool redir_prepare(struct shell *sh, const struct redir *r, struct redir_plan **plan);
bool redir_perform(struct shell *sh, const struct redir_plan *plan, struct redir_save **save);
void redir_plan_free(struct redir_plan *plan);

/* The plan as the actions of a spawned child (job/proc.h), which opens,
 * dups and closes without running shell code.  False when some step needs
 * the shell in the child (here-documents, set -C, an fd word that is not
 * valid or not open: the fork path says why); then *acts is NULL.  The
 * actions borrow the plan's words; caller frees the array. */
struct spawn_action;
bool redir_spawn_actions(const struct shell *sh, const struct redir_plan *plan,
	struct spawn_action **acts, size_t *n);

/* Where fd pointed before the redirections of save: the saved copy, -1 if
 * fd was closed then, or fd itself if they did not touch it.  Borrowed:
 * valid until redir_undo or redir_forget.  (set -x writes its trace
 * there, to the stderr the command line started with.) */
int redir_original_fd(const struct redir_save *save, int fd);

/* The ulimit builtin changed a resource limit: the next here-document
 * asks for the file size limit again. */
void redir_limits_changed(void);

/* Puts the fds back as they were and frees the record (NULL is fine). */
void redir_undo(struct redir_save *save);

/* Forgets the record without undoing: 'exec' with only redirections makes
 * them permanent.  Closes the saved copies. */
void redir_forget(struct redir_save *save);

#endif

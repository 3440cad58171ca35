/* Trap actions: storage, running, listing.  Dispositions follow the table
 * through sig_update_mode, so this file never calls sigaction itself. */
#include "sig/trap.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "input/input.h"
#include "sig/signal.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/var.h"

struct traps {
	char *action[NSIG];	/* [0] is EXIT; NULL default, "" ignore */
	/* A subshell's copy of its parent's table, for $(trap) (XCU trap:
	 * "the trap command shall list the commands associated with each
	 * condition" of the parent until the subshell sets its own). */
	char *parent[NSIG];
	bool have_parent;
	bool running;
	bool running_sig[NSIG];	/* the action of that signal is running */
	int saved_status;
	bool exit_done;
};

struct traps *traps_create(void)
{
	return xcalloc(1, sizeof(struct traps));
}

static void clear_table(char **t)
{
	for (int i = 0; i < NSIG; i++) {
		free(t[i]);
		t[i] = NULL;
	}
}

void traps_destroy(struct traps *t)
{
	if (!t)
		return;
	clear_table(t->action);
	clear_table(t->parent);
	free(t);
}

const char *trap_action(const struct shell *sh, int signo)
{
	if (!sh->traps || signo < 0 || signo >= NSIG)
		return NULL;
	return sh->traps->action[signo];
}

bool trap_set(struct shell *sh, int signo, const char *action)
{
	struct traps *t = sh->traps;
	if (signo != TRAP_EXIT && !shell_is_interactive(sh)
	    && sig_was_ignored_at_entry(signo))
		return false;
	if (t->have_parent) {
		/* The subshell now has traps of its own. */
		clear_table(t->parent);
		t->have_parent = false;
	}
	free(t->action[signo]);
	t->action[signo] = action ? xstrdup(action) : NULL;
	if (signo != TRAP_EXIT) {
		/* An interactive shell may reset what it inherited ignored
		 * (XCU 2.11 restricts only non-interactive shells): its
		 * children then get the default too. */
		if (!action && shell_is_interactive(sh))
			sig_forget_entry_ignore(signo);
		sig_update_mode(sh);
	}
	return true;
}

enum flow trap_run(struct shell *sh, int signo)
{
	struct traps *t = sh->traps;
	const char *action = t->action[signo];
	if (!action || !*action)
		return FLOW_NEXT;
	/* The action may reset its own trap: run a copy. */
	char *text = xstrdup(action);
	bool was_running = t->running;
	int saved = t->saved_status;
	t->running = true;
	t->running_sig[signo] = true;
	t->saved_status = sh->status;
	int status_before = sh->status;
	struct input *in = input_from_string(text, "trap");
	enum flow flow = shell_run_input(sh, in);
	input_destroy(in);
	free(text);
	t->running = was_running;
	t->running_sig[signo] = false;
	t->saved_status = saved;
	if (flow != FLOW_EXIT)
		sh->status = status_before;
	return flow;
}

void trap_run_exit(struct shell *sh)
{
	struct traps *t = sh->traps;
	if (!t || t->exit_done || !t->action[TRAP_EXIT])
		return;
	t->exit_done = true;
	char *text = t->action[TRAP_EXIT];
	t->action[TRAP_EXIT] = NULL;
	if (*text) {
		int status = sh->status;
		t->running = true;
		t->saved_status = status;
		struct input *in = input_from_string(text, "trap");
		enum flow flow = shell_run_input(sh, in);
		input_destroy(in);
		t->running = false;
		/* An exit inside the EXIT trap sets the final status;
		 * otherwise the status the shell was leaving with stays. */
		if (flow != FLOW_EXIT)
			sh->status = status;
	}
	free(text);
}

void traps_enter_subshell(struct shell *sh)
{
	struct traps *t = sh->traps;
	clear_table(t->parent);
	for (int i = 0; i < NSIG; i++) {
		if (t->action[i])
			t->parent[i] = xstrdup(t->action[i]);
		if (t->action[i] && *t->action[i]) {
			free(t->action[i]);
			t->action[i] = NULL;
		}
	}
	t->have_parent = true;
	t->exit_done = false;
}

static void list_one(struct strbuf *out, int signo, const char *action)
{
	strbuf_append(out, "trap -- ");
	shell_quote(out, action);
	if (signo == TRAP_EXIT) {
		strbuf_append(out, " EXIT\n");
	} else {
		const char *name = sig_name(signo);
		if (name)
			strbuf_appendf(out, " %s\n", name);
		else
			strbuf_appendf(out, " %d\n", signo);
	}
}

void trap_list(struct shell *sh, struct strbuf *out, int signo)
{
	struct traps *t = sh->traps;
	char **table = t->have_parent ? t->parent : t->action;
	for (int i = 0; i < NSIG; i++) {
		if (!table[i] || (signo >= 0 && i != signo))
			continue;
		list_one(out, i, table[i]);
	}
}

bool trap_is_running(const struct shell *sh)
{
	return sh->traps && sh->traps->running;
}

int trap_saved_status(const struct shell *sh)
{
	return sh->traps ? sh->traps->saved_status : sh->status;
}

bool trap_is_running_for(const struct shell *sh, int signo)
{
	return sh->traps && signo > 0 && signo < NSIG && sh->traps->running_sig[signo];
}

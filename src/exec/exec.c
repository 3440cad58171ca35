/* The executor's walk over the tree: lists, and-or lists, compound
 * commands and function definitions.  Simple commands are in simple.c,
 * pipelines, subshells and asynchronous lists in pipeline.c.
 *
 * Control flow travels as the enum flow return value: a loop consumes
 * FLOW_BREAK and FLOW_CONTINUE (counting sh->flow_count down), a function
 * call consumes FLOW_RETURN, and FLOW_EXIT rises to the top, where the
 * main loop (or a subshell's child) leaves. */
#include "exec/exec.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "exec/exec_int.h"
#include "exec/redir.h"
#include "expand/expand.h"
#include "job/job.h"
#include "parse/ast.h"
#include "shell.h"
#include "sig/signal.h"
#include "sig/trap.h"
#include "util/error.h"
#include "util/stack.h"
#include "util/strbuf.h"
#include "util/vec.h"
#include "var/var.h"

enum flow exec_check_errexit(struct shell *sh)
{
	if (sh->status != 0 && sh->opts[OPT_ERREXIT] && sh->errexit_suspended == 0)
		return FLOW_EXIT;
	return FLOW_NEXT;
}

enum flow exec_safe_point(struct shell *sh)
{
	if (!sig_pending())
		return FLOW_NEXT;
	return sig_dispatch(sh, NULL);
}

enum flow exec_fatal(struct shell *sh, int status)
{
	sh->status = status;
	/* An interactive shell abandons the rest of the command line, as
	 * bash and mksh do: "set -u; echo $nope; rm x" must not run rm. */
	return shell_is_interactive(sh) ? FLOW_INTERRUPT : FLOW_EXIT;
}

_Noreturn void exec_child_exit(struct shell *sh)
{
	shell_exit(sh, sh->status);
}

bool exec_has_caught_trap(const struct shell *sh)
{
	for (int i = 0; i < NSIG; i++) {
		const char *action = trap_action(sh, i);
		if (action && *action)
			return true;
	}
	return false;
}

/* Runs n as a condition: set -e does not apply inside it. */
static enum flow exec_condition(struct shell *sh, const struct node *n)
{
	sh->errexit_suspended++;
	enum flow flow = exec_node_flags(sh, n, 0);
	sh->errexit_suspended--;
	return flow;
}

static enum flow exec_list(struct shell *sh, const struct node *n, unsigned flags)
{
	enum flow flow = FLOW_NEXT;
	for (size_t i = 0; i < n->list.nitems; i++) {
		const struct list_item *it = &n->list.items[i];
		bool last = i + 1 == n->list.nitems;
		if (it->async) {
			const struct node *c = it->cmd;
			if (c->type == NODE_PIPELINE && !c->pipeline.bang)
				flow = exec_pipeline(sh, c, c->pipeline.cmds, c->pipeline.ncmds, true);
			else
				flow = exec_pipeline(sh, c, (struct node *const *)&it->cmd, 1, true);
		} else {
			flow = exec_node_flags(sh, it->cmd, last ? flags : 0);
		}
		if (flow != FLOW_NEXT)
			break;
		flow = exec_safe_point(sh);
		if (flow != FLOW_NEXT)
			break;
	}
	return flow;
}

static enum flow exec_and_or(struct shell *sh, const struct node *n, unsigned flags)
{
	enum flow flow = exec_condition(sh, n->binary.left);
	if (flow != FLOW_NEXT)
		return flow;
	bool run_right = n->type == NODE_AND ? sh->status == 0 : sh->status != 0;
	if (!run_right)
		return FLOW_NEXT;
	return exec_node_flags(sh, n->binary.right, flags);
}

static enum flow exec_if(struct shell *sh, const struct node *n, unsigned flags)
{
	enum flow flow = exec_condition(sh, n->if_.cond);
	if (flow != FLOW_NEXT)
		return flow;
	if (sh->status == 0)
		return exec_node_flags(sh, n->if_.then_part, flags);
	if (n->if_.else_part)
		return exec_node_flags(sh, n->if_.else_part, flags);
	sh->status = 0;
	return FLOW_NEXT;
}

/* What a loop does with the flow its body returned: true to leave the
 * loop, with *flow what the loop itself returns. */
static bool loop_consume(struct shell *sh, enum flow *flow)
{
	switch (*flow) {
	case FLOW_BREAK:
		if (--sh->flow_count <= 0)
			*flow = FLOW_NEXT;
		return true;
	case FLOW_CONTINUE:
		if (--sh->flow_count <= 0) {
			*flow = FLOW_NEXT;
			return false;
		}
		return true;	/* an outer loop continues */
	case FLOW_NEXT:
		return false;
	default:
		return true;
	}
}

static enum flow exec_while(struct shell *sh, const struct node *n)
{
	bool until = n->type == NODE_UNTIL;
	int status = 0;
	enum flow flow = FLOW_NEXT;
	sh->loop_depth++;
	for (;;) {
		flow = exec_condition(sh, n->loop.cond);
		if (flow != FLOW_NEXT) {
			if (loop_consume(sh, &flow))
				break;
			continue;
		}
		if ((sh->status == 0) == until)
			break;
		flow = exec_node_flags(sh, n->loop.body, 0);
		status = sh->status;
		if (loop_consume(sh, &flow))
			break;
		flow = exec_safe_point(sh);
		if (flow != FLOW_NEXT)
			break;
	}
	sh->loop_depth--;
	if (flow == FLOW_NEXT)
		sh->status = status;
	return flow;
}

static enum flow exec_for(struct shell *sh, const struct node *n)
{
	struct vec items = VEC_INIT;
	if (n->for_.has_in) {
		if (!expand_words(sh, n->for_.words, n->for_.nwords, &items)) {
			vec_free_all(&items);
			return exec_fatal(sh, sh->status);
		}
	} else {
		for (size_t i = 0; i < sh->nparams; i++)
			vec_push(&items, strdup(sh->params[i]));
	}
	enum flow flow = FLOW_NEXT;
	/* The first command of the body still sees the $? of the command
	 * before the loop; with no item the loop's status is 0. */
	if (items.len == 0)
		sh->status = 0;
	sh->loop_depth++;
	for (size_t i = 0; i < items.len; i++) {
		if (!var_set(sh->vars, n->for_.var, items.items[i],
			     sh->opts[OPT_ALLEXPORT] ? VAR_EXPORT : 0)) {
			sh_error(NULL, "%s: readonly variable", n->for_.var);
			flow = exec_fatal(sh, 2);
			break;
		}
		flow = exec_node_flags(sh, n->for_.body, 0);
		if (loop_consume(sh, &flow))
			break;
		flow = exec_safe_point(sh);
		if (flow != FLOW_NEXT)
			break;
	}
	sh->loop_depth--;
	vec_free_all(&items);
	return flow;
}

static enum flow exec_case(struct shell *sh, const struct node *n, unsigned flags)
{
	char *subject = expand_word_str(sh, n->case_.subject, EXPAND_STR_PLAIN);
	if (!subject)
		return exec_fatal(sh, sh->status);
	enum flow flow = FLOW_NEXT;
	/* $? stays the status before the case until a body runs: the arm
	 * may read it (XCU 2.9.4.3, what dash and bash do).  With no body
	 * run the status is 0. */
	bool ran = false;
	for (size_t i = 0; i < n->case_.nitems; i++) {
		const struct case_item *it = &n->case_.items[i];
		bool matched = false;
		for (size_t k = 0; k < it->npatterns && !matched; k++) {
			char *pat = expand_pattern(sh, it->patterns[k]);
			if (!pat) {
				free(subject);
				return exec_fatal(sh, sh->status);
			}
			matched = pattern_match(pat, subject);
			free(pat);
		}
		if (!matched)
			continue;
		/* ;& runs the following bodies without matching. */
		for (; i < n->case_.nitems; i++) {
			it = &n->case_.items[i];
			if (it->body) {
				/* Only the last body to run may end the
				 * process (EXEC_NOFORK). */
				bool last = it->term == CASE_BREAK
					|| i + 1 == n->case_.nitems;
				ran = true;
				flow = exec_node_flags(sh, it->body, last ? flags : 0);
				if (flow != FLOW_NEXT)
					break;
			}
			if (it->term != CASE_FALLTHROUGH)
				break;
		}
		/* ;;& goes on matching the items after it. */
		if (flow != FLOW_NEXT || i >= n->case_.nitems
		    || it->term != CASE_CONTINUE)
			break;
	}
	if (!ran)
		sh->status = 0;
	free(subject);
	return flow;
}

void exec_xtrace_node(struct shell *sh, const struct node *n)
{
	char *prefix = exec_xtrace_prefix(sh);
	if (!prefix)
		return;
	struct strbuf sb = STRBUF_INIT;
	strbuf_append(&sb, prefix);
	free(prefix);
	struct node bare = *n;
	bare.redirs = NULL;	/* in place already */
	ast_print(&sb, &bare);
	strbuf_appendc(&sb, '\n');
	write_all(STDERR_FILENO, sb.data, sb.len);
	strbuf_free(&sb);
}

/* ((expression)): status 0 if the value is not zero, 1 if it is, as in
 * bash, ksh, mksh and zsh.  An error in it (1/0, a bad expression) gives
 * status 2 and the shell goes on, as in mksh and zsh (bash: 1; ksh
 * exits): the command is a test, like test's own errors. */
static enum flow exec_arith(struct shell *sh, const struct node *n)
{
	exec_xtrace_node(sh, n);
	char *value = expand_word_str(sh, n->arith.word, EXPAND_STR_PLAIN);
	if (!value)
		sh->status = 2;
	else
		sh->status = strcmp(value, "0") == 0;
	free(value);
	return exec_check_errexit(sh);
}

/* A compound command with redirections: applied around it and undone. */
static enum flow exec_compound(struct shell *sh, const struct node *n, unsigned flags)
{
	switch (n->type) {
	case NODE_GROUP:
		return exec_node_flags(sh, n->group.body, flags);
	case NODE_IF:
		return exec_if(sh, n, flags);
	case NODE_WHILE:
	case NODE_UNTIL:
		return exec_while(sh, n);
	case NODE_FOR:
		return exec_for(sh, n);
	case NODE_CASE:
		return exec_case(sh, n, flags);
	case NODE_ARITH:
		return exec_arith(sh, n);
	case NODE_COND:
		return exec_cond(sh, n);
	default:
		return FLOW_NEXT;
	}
}

enum flow exec_node_flags(struct shell *sh, const struct node *n, unsigned flags)
{
	enum flow flow;
	if (!n) {
		sh->status = 0;
		return FLOW_NEXT;
	}
	/* set -n takes effect at once, even for the rest of the line that
	 * ran it ("set -n; cmd" runs no cmd), as in dash and bash. */
	if (sh->opts[OPT_NOEXEC])
		return FLOW_NEXT;
	if (stack_exhausted()) {
		/* Abandon the whole command line, not just this level: each
		 * level would otherwise go on with its next command. */
		sh_error(NULL, "commands nested too deeply (recursion?)");
		sh->status = 2;
		return shell_is_interactive(sh) ? FLOW_INTERRUPT : FLOW_EXIT;
	}
	/* A trap set in this process (EXIT, or a signal that may arrive
	 * while the last command runs) needs the shell to outlive that
	 * command: no exec in place then. */
	if ((flags & EXEC_NOFORK) && exec_has_caught_trap(sh))
		flags &= ~(unsigned)EXEC_NOFORK;
	sh->lineno = n->lineno;
	switch (n->type) {
	case NODE_SIMPLE:
		flow = exec_simple(sh, n, flags);
		if (flow == FLOW_NEXT)
			flow = exec_check_errexit(sh);
		return flow;
	case NODE_PIPELINE:
		if (n->pipeline.bang) {
			sh->errexit_suspended++;
			if (n->pipeline.ncmds == 1)
				flow = exec_node_flags(sh, n->pipeline.cmds[0], flags);
			else
				flow = exec_pipeline(sh, n, n->pipeline.cmds, n->pipeline.ncmds, false);
			sh->errexit_suspended--;
			/* Only a pipeline that completed has a status to
			 * invert: exit, return and a fatal error keep theirs
			 * (XCU 2.9.2 speaks of the pipeline's exit status). */
			if (flow == FLOW_NEXT)
				sh->status = !sh->status;
			return flow;
		}
		flow = exec_pipeline(sh, n, n->pipeline.cmds, n->pipeline.ncmds, false);
		if (flow == FLOW_NEXT)
			flow = exec_check_errexit(sh);
		return flow;
	case NODE_AND:
	case NODE_OR:
		return exec_and_or(sh, n, flags);
	case NODE_LIST:
		return exec_list(sh, n, flags);
	case NODE_SUBSHELL:
		if (flags & EXEC_NOFORK) {
			/* Already a child that ends after this: no second
			 * fork.  It ends here, with its redirections still
			 * in place, so that an EXIT trap the body set writes
			 * where the subshell's output goes. */
			struct redir_save *save;
			if (!redir_apply(sh, n->redirs, &save))
				return exec_fatal(sh, 1);
			(void)exec_node_flags(sh, n->group.body, flags);
			exec_child_exit(sh);
		}
		flow = exec_pipeline(sh, n, (struct node *const *)&n, 1, false);
		if (flow == FLOW_NEXT)
			flow = exec_check_errexit(sh);
		return flow;
	case NODE_FUNCDEF:
		shell_define_function(sh, n->funcdef.name, n->funcdef.body, sh->prog);
		sh->status = 0;
		return FLOW_NEXT;
	default: {
		struct redir_save *save = NULL;
		if (n->redirs && !redir_apply(sh, n->redirs, &save)) {
			/* A failed command like any other: set -e applies
			 * ({ ...; } >/ and while ...; done <missing). */
			sh->status = 1;
			return exec_check_errexit(sh);
		}
		flow = exec_compound(sh, n, n->redirs ? 0 : flags);
		redir_undo(save);
		return flow;
	}
	}
}

enum flow exec_node(struct shell *sh, const struct node *n)
{
	return exec_node_flags(sh, n, 0);
}

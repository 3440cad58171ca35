/* Command substitution without a fork.
 *
 * A forked substitution is a copy of the shell whose fd 1 is a pipe: what
 * it changes dies with it, and the parent keeps only its output and its
 * status.  When every command that can run in the body is one that changes
 * nothing but what this file puts back, the body runs in the shell itself
 * and its output is captured by builtin_flush: the same code runs on the
 * same struct shell as in the child, so it prints, fails and exits alike.
 *
 * Indistinguishable by construction: the tree is checked before each run
 * (node_ok; functions may have been redefined), and only these can run:
 *   - the compound commands { }, if, while, until, for, case, && || ! and
 *     ';' (never '&', pipelines of two or more, ( ), function
 *     definitions, (( )) or [[ ]]);
 *   - simple commands whose name is a literal naming a builtin marked
 *     BUILTIN_NOFORK (echo, printf, test, pwd, :, true, false, exit,
 *     break, continue, return), BUILTIN_FUNC_SCOPED (local, shift) inside
 *     a function body, or a function whose body passes the same check;
 *   - words without $(( )), ${x=w}, ${x:o:l} (arithmetic, which may
 *     assign), and without $RANDOM, $SECONDS, $_ (reading them changes
 *     state); a nested $( ) is fine, as it is isolated on its own;
 *   - redirections only from or to /dev/null, and >&2 (a redirection
 *     of fd 1 suspends the capture while it is in force);
 *   - assignments and for-loop variables: each name is saved before the
 *     body and restored after it (not PATH, OPTIND, LINENO, RANDOM,
 *     SECONDS, whose changes reach beyond the value).
 * And only in a shell state where the child would behave the same: not
 * interactive (a child is not), no trap with an action (a child resets
 * them, and a signal in the body would run the parent's), no trap running,
 * no set -x (PS4 may hold anything).
 *
 * What the body's run leaves in struct shell is put back: $?, set to the
 * body's status as the parent of a child would; the line number, $_, the
 * count of substitutions, the loop and function depths; a flow (exit,
 * break, return, a fatal error) ends the body as it would end the child.
 * Its output goes to the capture of builtin_flush (src/builtin/builtin.c);
 * fd 1 itself is never touched.
 *
 * The first stage of a foreground pipeline runs so too when it is one
 * echo, printf (with a literal format without widths, so that its output
 * is bounded by its arguments), true, false or ':' (exec_stage_nofork):
 * the pipeline feeds its output to the next stage (src/exec/pipeline.c). */
#include <stdlib.h>
#include <string.h>

#include "builtin/builtin.h"
#include "exec/exec.h"
#include "exec/exec_int.h"
#include "parse/ast.h"
#include "shell.h"
#include "sig/trap.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/var.h"

/* Functions a body may reach (each checked once): beyond that, fork. */
#define CHECK_MAX_FUNCS 32
/* Variables a body may assign (each saved and restored). */
#define CHECK_MAX_NAMES 32

struct check {
	struct shell *sh;
	const struct function *funcs[CHECK_MAX_FUNCS];
	size_t nfuncs;
	const char *names[CHECK_MAX_NAMES];	/* borrowed from the trees */
	size_t nnames;
	bool in_function;	/* checking a function body */
};

static bool node_ok(struct check *c, const struct node *n);

/* The text of a word that is one unquoted literal, or NULL. */
static const char *literal_of(const struct word *w)
{
	const struct word *p = w->list.head;
	return p && !p->next && p->type == WORD_STRING && !p->string.quoted
		? p->string.str : NULL;
}

static bool is_one_of(const char *name, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(name, list[i]) == 0)
			return true;
	return false;
}

/* Names whose assignment does more than change a value that restoring
 * puts back: the command cache, getopts' place, the dynamic ones. */
static bool is_special_name(const char *name)
{
	static const char *const special[] = {
		"PATH", "OPTIND", "LINENO", "RANDOM", "SECONDS", "_",
	};
	return is_one_of(name, special, sizeof special / sizeof special[0]);
}

/* Parameters whose reading changes state: RANDOM advances its
 * generator, SECONDS and _ store their values in the table. */
static bool is_dynamic_param(const char *name)
{
	static const char *const dynamic[] = { "RANDOM", "SECONDS", "_" };
	return is_one_of(name, dynamic, sizeof dynamic / sizeof dynamic[0]);
}

/* Records a variable the body may assign. */
static bool add_name(struct check *c, const char *name)
{
	if (is_special_name(name))
		return false;
	for (size_t i = 0; i < c->nnames; i++)
		if (strcmp(c->names[i], name) == 0)
			return true;
	if (c->nnames == CHECK_MAX_NAMES)
		return false;
	c->names[c->nnames++] = name;
	return true;
}

/* A word (any part of one) whose expansion changes no state. */
static bool word_ok(const struct word *w)
{
	for (; w; w = w->next) {
		switch (w->type) {
		case WORD_STRING:
		case WORD_CMDSUB:	/* isolated by itself, either way */
			break;
		case WORD_LIST:
			if (!word_ok(w->list.head))
				return false;
			break;
		case WORD_PARAM:
			if (is_dynamic_param(w->param.name)
			    || w->param.op == PARAM_ASSIGN
			    || w->param.op == PARAM_SUBSTR)
				return false;
			if (w->param.arg && !word_ok(w->param.arg))
				return false;
			if (w->param.rep && !word_ok(w->param.rep))
				return false;
			break;
		case WORD_ARITH:
		default:
			return false;
		}
	}
	return true;
}

static bool words_ok(struct word *const *ws, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!word_ok(ws[i]))
			return false;
	return true;
}

/* Redirections that reach nothing outside and leave the capture alone:
 * fd 0, 1 or 2 from or to /dev/null, and 1 to 2 (>&2; while fd 1 is
 * redirected, builtin_flush writes to it).  Never 2 to 1: messages go to
 * fd 2 directly, which would then be the shell's stdout, not the pipe. */
static bool redirs_ok(const struct redir *r)
{
	for (; r; r = r->next) {
		const char *target = literal_of(r->target);
		if (!target)
			return false;
		bool null = strcmp(target, "/dev/null") == 0;
		switch (r->op) {
		case REDIR_IN:
			if (!null || r->fd > 0)
				return false;
			break;
		case REDIR_OUT:
		case REDIR_CLOBBER:
		case REDIR_APPEND:
			if (!null || r->fd == 0 || r->fd > 2)
				return false;
			break;
		case REDIR_DUPOUT:
			if (r->fd > 1 || strcmp(target, "2") != 0)
				return false;
			break;
		default:
			return false;
		}
	}
	return true;
}

static bool function_ok(struct check *c, const struct function *fn)
{
	/* Once is enough: a function met again (recursion included) is
	 * either fine or makes the whole check fail anyway. */
	for (size_t i = 0; i < c->nfuncs; i++)
		if (c->funcs[i] == fn)
			return true;
	if (c->nfuncs == CHECK_MAX_FUNCS)
		return false;
	c->funcs[c->nfuncs++] = fn;
	bool outer = c->in_function;
	c->in_function = true;
	bool ok = node_ok(c, fn->body);
	c->in_function = outer;
	return ok;
}

/* local's operands: NAME or NAME=value with NAME written literally, so
 * that no special variable becomes local (its restoring would reach
 * beyond the value). */
static bool local_args_ok(const struct node *n)
{
	for (size_t i = 1; i < n->simple.nargs; i++) {
		const struct word *p = n->simple.args[i]->list.head;
		if (!p || p->type != WORD_STRING || p->string.quoted)
			return false;
		const char *s = p->string.str;
		if (strcmp(s, "-") == 0 && !p->next)
			continue;
		size_t len = strcspn(s, "=");
		if (s[len] != '=' && p->next)
			return false;
		char name[64];
		if (len == 0 || len >= sizeof name)
			return false;
		memcpy(name, s, len);
		name[len] = '\0';
		if (is_special_name(name))
			return false;
	}
	return true;
}

static bool simple_ok(struct check *c, const struct node *n)
{
	for (size_t i = 0; i < n->simple.nassigns; i++)
		if (!add_name(c, n->simple.assigns[i].name)
		    || !word_ok(n->simple.assigns[i].value))
			return false;
	if (!words_ok(n->simple.args, n->simple.nargs))
		return false;
	if (n->simple.nargs == 0)
		return true;
	const char *name = literal_of(n->simple.args[0]);
	if (!name || strchr(name, '/'))
		return false;
	/* The executor's order: special builtin, function, builtin. */
	const struct builtin *bi = builtin_find(name);
	if (!bi || !(bi->flags & BUILTIN_SPECIAL)) {
		const struct function *fn = shell_find_function(c->sh, name);
		if (fn)
			return function_ok(c, fn);
	}
	if (!bi)
		return false;
	if (bi->flags & BUILTIN_NOFORK)
		return true;
	if ((bi->flags & BUILTIN_FUNC_SCOPED) && c->in_function)
		return !(bi->flags & BUILTIN_DECL) || local_args_ok(n);
	return false;
}

static bool node_ok(struct check *c, const struct node *n)
{
	if (!n)
		return true;
	if (!redirs_ok(n->redirs))
		return false;
	switch (n->type) {
	case NODE_SIMPLE:
		return simple_ok(c, n);
	case NODE_PIPELINE:
		/* '!' and one command: no process.  A redirection that fails
		 * on the last command of a child ends the child before the
		 * '!' could invert its status: kept out. */
		return n->pipeline.ncmds == 1 && !n->pipeline.cmds[0]->redirs
			&& node_ok(c, n->pipeline.cmds[0]);
	case NODE_AND:
	case NODE_OR:
		return node_ok(c, n->binary.left) && node_ok(c, n->binary.right);
	case NODE_LIST:
		for (size_t i = 0; i < n->list.nitems; i++)
			if (n->list.items[i].async || !node_ok(c, n->list.items[i].cmd))
				return false;
		return true;
	case NODE_GROUP:
		return node_ok(c, n->group.body);
	case NODE_IF:
		return node_ok(c, n->if_.cond) && node_ok(c, n->if_.then_part)
			&& node_ok(c, n->if_.else_part);
	case NODE_WHILE:
	case NODE_UNTIL:
		return node_ok(c, n->loop.cond) && node_ok(c, n->loop.body);
	case NODE_FOR:
		return add_name(c, n->for_.var)
			&& (!n->for_.has_in || words_ok(n->for_.words, n->for_.nwords))
			&& node_ok(c, n->for_.body);
	case NODE_CASE:
		if (!word_ok(n->case_.subject))
			return false;
		for (size_t i = 0; i < n->case_.nitems; i++) {
			const struct case_item *it = &n->case_.items[i];
			if (!words_ok(it->patterns, it->npatterns) || !node_ok(c, it->body))
				return false;
		}
		return true;
	default:
		return false;
	}
}

/* What running the body in place leaves in struct shell that a child
 * would have taken away with it. */
struct shell_marks {
	int lineno;
	unsigned long cmdsub_count;
	int loop_depth, func_depth, dot_depth, errexit_suspended;
	char *last_arg;
	size_t last_arg_cap;
	bool last_arg_pending;
};

/* Runs body in place with its output captured (the check passed). */
static void run_in_place(struct shell *sh, const struct check *cp,
	const struct node *body, struct strbuf *out, int *status, bool cmdsub)
{

	struct var_save *saves[CHECK_MAX_NAMES];
	for (size_t i = 0; i < cp->nnames; i++)
		saves[i] = var_save(sh->vars, cp->names[i]);
	struct shell_marks m = {
		.lineno = sh->lineno,
		.cmdsub_count = sh->cmdsub_count + (cmdsub ? 1 : 0),
		.loop_depth = sh->loop_depth,
		.func_depth = sh->func_depth,
		.dot_depth = sh->dot_depth,
		.errexit_suspended = sh->errexit_suspended,
		.last_arg = sh->last_arg,
		.last_arg_cap = sh->last_arg_cap,
		.last_arg_pending = sh->last_arg_pending,
	};
	/* The body's $_ goes into a buffer of its own, dropped afterwards;
	 * it starts as the shell's, which a forked substitution nested in
	 * the body may read. */
	if (m.last_arg) {
		sh->last_arg = xmalloc(m.last_arg_cap);
		memcpy(sh->last_arg, m.last_arg, m.last_arg_cap);
	}
	sh->cmdsub_count = m.cmdsub_count;

	struct capture_state outer = builtin_capture_begin(out);
	/* Any flow ends the body as it ends a child: exit, a fatal error,
	 * set -e, break or return reaching the top. */
	(void)exec_node(sh, body);
	builtin_capture_end(outer);
	int st = sh->status;

	for (size_t i = cp->nnames; i-- > 0;)
		var_restore(sh->vars, saves[i]);
	free(sh->last_arg);
	sh->last_arg = m.last_arg;
	sh->last_arg_cap = m.last_arg_cap;
	sh->last_arg_pending = m.last_arg_pending;
	sh->lineno = m.lineno;
	sh->cmdsub_count = m.cmdsub_count;
	sh->loop_depth = m.loop_depth;
	sh->func_depth = m.func_depth;
	sh->dot_depth = m.dot_depth;
	sh->errexit_suspended = m.errexit_suspended;
	sh->flow = FLOW_NEXT;
	sh->flow_count = 0;
	sh->special_error = false;
	*status = sh->status = st;
}

/* The shell states in which a child would do what the body does here. */
static bool state_ok(const struct shell *sh)
{
	return !sh->opts[OPT_INTERACTIVE] && !sh->opts[OPT_XTRACE]
		&& !trap_is_running(sh) && !exec_has_caught_trap(sh);
}

/* Runs n in place if the check passes; false (nothing done) if not. */
static bool check_and_run(struct shell *sh, const struct node *n,
	struct strbuf *out, int *status, bool cmdsub)
{
	struct check c = { .sh = sh };
	if (!node_ok(&c, n))
		return false;
	run_in_place(sh, &c, n, out, status, cmdsub);
	return true;
}

bool exec_cmdsub_nofork(struct shell *sh, const struct node *body,
	struct strbuf *out, int *status)
{
	return state_ok(sh) && check_and_run(sh, body, out, status, true);
}

/* The text of a word that is one string, quoted or not, that no
 * expansion changes (unquoted: no pattern character or backslash), or
 * NULL. */
static const char *fixed_text(const struct word *w)
{
	const struct word *p = w->list.head;
	if (!p || p->next || p->type != WORD_STRING)
		return NULL;
	if (!p->string.quoted && strpbrk(p->string.str, "*?[\\"))
		return NULL;
	return p->string.str;
}

/* A printf format whose output is bounded by its arguments: no field
 * width or precision (a width of 2147483647 is a 2 GB string). */
static bool format_bounded(const char *f)
{
	for (; *f; f++) {
		if (*f != '%')
			continue;
		f++;
		while (*f && strchr("-+ #0", *f))
			f++;
		if (*f == '*' || *f == '.' || (*f >= '1' && *f <= '9'))
			return false;
		if (!*f)
			break;
	}
	return true;
}

bool exec_stage_nofork(struct shell *sh, const struct node *cmd,
	struct strbuf *out, int *status)
{
	if (!state_ok(sh) || !cmd || cmd->type != NODE_SIMPLE || cmd->redirs
	    || cmd->simple.nassigns || cmd->simple.nargs == 0)
		return false;
	const char *name = literal_of(cmd->simple.args[0]);
	static const char *const small[] = { "echo", "printf", "true", "false", ":" };
	if (!name || !is_one_of(name, small, sizeof small / sizeof small[0])
	    || shell_find_function(sh, name))
		return false;
	if (strcmp(name, "printf") == 0) {
		const char *fmt = cmd->simple.nargs > 1
			? fixed_text(cmd->simple.args[1]) : NULL;
		if (!fmt || fmt[0] == '-' || !format_bounded(fmt))
			return false;
	}
	return check_and_run(sh, cmd, out, status, false);
}

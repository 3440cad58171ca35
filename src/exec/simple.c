/* Simple commands (XCU 2.9.1): expand, look up, run.
 *
 * Lookup order: special builtin, function, regular builtin, PATH.  The
 * path is searched in the shell before forking, so a command that does not
 * exist costs no fork. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtin/builtin.h"
#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/path.h"
#include "exec/redir.h"
#include "expand/expand.h"
#include "job/job.h"
#include "job/proc.h"
#include "parse/ast.h"
#include "parse/parser.h"
#include "shell.h"
#include "sig/signal.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "util/vec.h"
#include "util/xalloc.h"
#include "var/var.h"

/* A simple command after expansion. */
struct cmd {
	const struct node *node;	/* NULL when run by exec_argv */
	int argc;
	char **argv;			/* NULL-terminated, owned */
	char **names;			/* assignment names (borrowed from the AST) */
	char **values;			/* expanded assignment values, owned */
	size_t nassigns;
	struct var_save **saves;	/* temporary assignments to undo, or NULL */
	unsigned flags;			/* enum exec_flag */
	bool redirected;		/* the node's redirections are in place */
};

static void cmd_free(struct cmd *c)
{
	if (c->argv) {
		for (int i = 0; i < c->argc; i++)
			free(c->argv[i]);
		free(c->argv);
	}
	for (size_t i = 0; i < c->nassigns; i++)
		free(c->values[i]);
	free(c->values);
	free(c->names);
	free(c->saves);
}

/* Declaration utilities (export, readonly, local: BUILTIN_DECL in the
 * table), written literally, take NAME=value operands as assignments: no
 * field splitting, tilde after '=' and ':' (POSIX 2024 "declaration
 * utilities"). */
static const char *literal_of(const struct word *w)
{
	const struct word *p = w->list.head;
	return p && !p->next && p->type == WORD_STRING && !p->string.quoted
		? p->string.str : NULL;
}

static bool is_literal(const struct word *w, const char *s)
{
	const char *lit = literal_of(w);
	return lit && strcmp(lit, s) == 0;
}

/* The index after the declaration utility's word that makes n a
 * declaration command, after any number of literal "command" words
 * ("command export x=~" is one too, as in dash and bash); 0 if n is not
 * one. */
static size_t decl_command_index(const struct node *n)
{
	size_t i = 0;

	while (i < n->simple.nargs && is_literal(n->simple.args[i], "command"))
		i++;
	if (i < n->simple.nargs) {
		const char *lit = literal_of(n->simple.args[i]);
		const struct builtin *bi = lit ? builtin_find(lit) : NULL;
		if (bi && (bi->flags & BUILTIN_DECL))
			return i + 1;
	}
	return 0;
}

/* The leading unquoted NAME= of a word, as in an assignment. */
static bool looks_like_assignment(const struct word *w)
{
	const struct word *p = w->list.head;
	if (!p || p->type != WORD_STRING || p->string.quoted)
		return false;
	const char *eq = strchr(p->string.str, '=');
	return eq && eq != p->string.str
		&& is_name_n(p->string.str, (unsigned long)(eq - p->string.str));
}

static bool expand_args(struct shell *sh, const struct node *n, struct vec *out)
{
	size_t decl = decl_command_index(n);

	if (decl == 0)
		return expand_words(sh, n->simple.args, n->simple.nargs, out);
	for (size_t i = 0; i < n->simple.nargs; i++) {
		const struct word *w = n->simple.args[i];
		if (i >= decl && looks_like_assignment(w)) {
			char *s = expand_word_str(sh, w, EXPAND_STR_DECL);
			if (!s)
				return false;
			vec_push(out, s);
		} else if (!expand_words(sh, &n->simple.args[i], 1, out)) {
			return false;
		}
	}
	return true;
}

static unsigned assign_flags(const struct shell *sh)
{
	return sh->opts[OPT_ALLEXPORT] ? VAR_EXPORT : 0;
}

/* Expands and performs the assignments left to right, so that each sees
 * the ones before it (a=1 b=$a).  Persistent ones stay (no command, a
 * special builtin); the others are recorded in c->saves and undone by
 * restore_temp, and are exported for the command's duration.  false on an
 * expansion error or a readonly variable (message printed). */
static bool perform_assigns(struct shell *sh, const struct node *n, struct cmd *c,
	bool persistent, unsigned extra)
{
	size_t na = n->simple.nassigns;
	if (!na)
		return true;
	c->names = xcalloc(na + 1, sizeof *c->names);
	c->values = xcalloc(na + 1, sizeof *c->values);
	if (!persistent)
		c->saves = xcalloc(na + 1, sizeof *c->saves);
	for (size_t i = 0; i < na; i++) {
		char *v = expand_word_str(sh, n->simple.assigns[i].value, EXPAND_STR_ASSIGN);
		if (!v)
			return false;
		const char *name = n->simple.assigns[i].name;
		c->names[i] = (char *)name;
		c->values[i] = v;
		c->nassigns = i + 1;
		unsigned flags = assign_flags(sh) | extra;
		if (!persistent) {
			c->saves[i] = var_save(sh->vars, name);
			flags |= VAR_EXPORT;
		}
		if (!var_set(sh->vars, name, v, flags)) {
			/* 2, as dash and mksh: the shell ends as for an
			 * expansion error (XCU 2.8.1). */
			sh_error(NULL, "%s: readonly variable", name);
			sh->status = 2;
			return false;
		}
	}
	return true;
}

static void restore_temp(struct shell *sh, struct cmd *c)
{
	if (!c->saves)
		return;
	for (size_t i = c->nassigns; i-- > 0;)
		if (c->saves[i])
			var_restore(sh->vars, c->saves[i]);
	free(c->saves);
	c->saves = NULL;
}

/* set -x: PS4 expanded as a prompt (XCU 2.5.3), or NULL when not tracing.
 * It is expanded before the command's assignments are made, as in bash.
 * An unset PS4 gives no prefix, as in bash and mksh.  The trace is off
 * while PS4 is expanded, so that a command substitution in it is not
 * traced in turn.  Caller frees. */
char *exec_xtrace_prefix(struct shell *sh)
{
	if (!sh->opts[OPT_XTRACE])
		return NULL;
	const char *ps4 = var_get(sh->vars, "PS4");
	if (!ps4)
		return xstrdup("");
	sh->opts[OPT_XTRACE] = false;
	char *prefix = expand_prompt(sh, ps4);
	sh->opts[OPT_XTRACE] = true;
	return prefix;
}

/* set -x: the prefix, then the assignments and words, quoted to re-read,
 * to errfd: the stderr from before the command's own redirections (dash
 * and bash trace "echo hi 2>/dev/null" too).  Takes prefix (NULL: not
 * tracing). */
static void xtrace(const struct cmd *c, char *prefix, int errfd)
{
	if (!prefix)
		return;
	struct strbuf sb = STRBUF_INIT;
	strbuf_append(&sb, prefix);
	free(prefix);
	bool first = true;
	for (size_t i = 0; i < c->nassigns; i++) {
		strbuf_appendf(&sb, "%s%s=", first ? "" : " ", c->names[i]);
		shell_quote(&sb, c->values[i]);
		first = false;
	}
	for (int i = 0; i < c->argc; i++) {
		if (!first)
			strbuf_appendc(&sb, ' ');
		shell_quote(&sb, c->argv[i]);
		first = false;
	}
	strbuf_appendc(&sb, '\n');
	if (errfd >= 0)
		write_all(errfd, sb.data, sb.len);
	strbuf_free(&sb);
}

/* True if the file's first line (or first 256 bytes) holds a NUL byte:
 * not a script, whatever execve thought of it. */
static bool is_binary_file(const char *path)
{
	char buf[256];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return false;
	do
		n = read(fd, buf, sizeof buf);
	while (n < 0 && errno == EINTR);
	close(fd);
	for (ssize_t i = 0; i < n && buf[i] != '\n'; i++)
		if (buf[i] == '\0')
			return true;
	return false;
}

int exec_external(struct shell *sh, char **argv, char **envp)
{
	const char *name = argv[0];
	const char *path = name;
	bool noexec = false;
	if (!strchr(name, '/')) {
		path = path_lookup(sh, name, &noexec);
		if (!path) {
			if (noexec) {
				sh_error(NULL, "%s: Permission denied", name);
				return 126;
			}
			sh_error(NULL, "%s: not found", name);
			return 127;
		}
	}
	if (!envp)
		shell_sync_last_arg(sh);	/* for an exported _ */
	char *const *env = envp ? envp : vars_environ(sh->vars);
	/* A signal this shell (often a pipeline stage that has not exec'd
	 * yet) already caught acts now: the command must not lose a Ctrl-C
	 * that was meant for it.  Then, with everything blocked, back to the
	 * default dispositions: a signal that comes after the check stays
	 * pending and acts on the new program the moment the mask opens. */
	sigset_t old;
	if (sig_ready_for_exec()) {
		/* A child of proc_fork's PROC_EXEC: the dispositions are
		 * reset and its mask is open already, nothing is pending. */
		sigemptyset(&old);
		goto exec;
	}
	sig_block_all(&old);
	if (sig_pending()) {
		sig_restore_mask(&old);
		enum flow flow = sig_dispatch(sh, NULL);
		if (flow == FLOW_INTERRUPT && shell_is_interactive(sh)) {
			/* Ctrl-C just before 'exec cmd' at the prompt: the
			 * line is abandoned, the shell stays. */
			return 130;
		}
		if (flow != FLOW_NEXT)
			shell_exit(sh, sh->status);	/* a trap called exit */
		sig_block_all(&old);
	}
	sig_reset_for_exec(sh, false);
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
exec:
	execve(path, argv, env);
	int err = errno;
	if (err == ENOEXEC && is_binary_file(path)) {
		/* XCU 2.9.1.4 lets the shell refuse a file that is not
		 * text, with status 126, instead of reading garbage as
		 * commands. */
		sigprocmask(SIG_SETMASK, &old, NULL);
		sig_update_mode(sh);
		sh_error(NULL, "%s: cannot execute binary file", name);
		return 126;
	}
	if (err == ENOEXEC) {
		/* A script without "#!": a new cosh interprets it (XCU
		 * 2.9.1.1).  Our own binary, found through /proc, so that a
		 * renamed or relocated cosh still finds itself. */
		size_t n = strv_len(argv);
		char **nargv = xcalloc(n + 2, sizeof *nargv);
		nargv[0] = sh->arg0 && *sh->arg0 ? sh->arg0 : "cosh";
		nargv[1] = (char *)path;
		for (size_t i = 1; i < n; i++)
			nargv[i + 1] = argv[i];
		char self[4096];
		ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
		if (len > 0) {
			self[len] = '\0';
			execve(self, nargv, env);
		}
		execve("/bin/sh", nargv, env);
		free(nargv);
		err = errno;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	/* Back to the shell's own dispositions (exec in an interactive
	 * shell goes on after a failure). */
	sig_update_mode(sh);
	errno = err;
	if (err == ENOENT) {
		sh_error(NULL, "%s: not found", name);
		return 127;
	}
	sh_error_errno(NULL, "%s", name);
	return 126;
}

/* Starts argv with proc_spawn when nothing needs the shell in the child:
 * found on PATH (or named with a '/'), redirections the child can make
 * with open, dup2 and close.  SPAWN_USE_FORK otherwise, or when the
 * spawn found that only the fork path can report what went wrong. */
static enum spawn_result spawn_command(struct shell *sh, struct job *j, char **argv,
	const struct redir_plan *plan, const struct spawn_opts *so, pid_t *pid)
{
	if (!proc_can_spawn())
		return SPAWN_USE_FORK;
	const char *path = argv[0];
	if (!strchr(path, '/')) {
		path = path_lookup(sh, argv[0], NULL);
		if (!path)
			return SPAWN_USE_FORK;	/* the child says "not found" */
	}
	struct spawn_action *acts;
	size_t nacts;
	if (!redir_spawn_actions(sh, plan, &acts, &nacts))
		return SPAWN_USE_FORK;
	shell_sync_last_arg(sh);	/* for an exported _ */
	struct spawn_req req = {
		.name = argv[0],
		.path = path,
		.argv = argv,
		.envp = vars_environ(sh->vars),
		.in = so->in,
		.out = so->out,
		.acts = acts,
		.nacts = nacts,
		.foreground = so->foreground,
		.async = so->async,
		.first = so->first,
	};
	enum spawn_result r = proc_spawn(sh, j, &req, pid);
	free(acts);
	return r;
}

static char *command_text(struct shell *sh, const struct node *n)
{
	if (!n || !proc_job_control(sh))
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	ast_print(&sb, n);
	return strbuf_finish(&sb);
}

/* An external command: fork, redirect, exec; wait in the foreground.
 * The assignments are already in the (exported) variables.  With
 * EXEC_NOFORK this process is the child already. */
static enum flow run_external(struct shell *sh, struct cmd *c)
{
	struct redir_plan *plan = NULL;
	if (c->node && !c->redirected && !redir_prepare(sh, c->node->redirs, &plan)) {
		sh->status = 1;
		return FLOW_NEXT;
	}
	if (!(c->flags & EXEC_NOFORK)) {
		char *text = command_text(sh, c->node);
		struct job *j = job_create(sh, text ? text : c->argv[0], false);
		free(text);
		pid_t pid;
		struct spawn_opts so = { .in = -1, .out = -1, .foreground = true };
		/* Blocked from here to the wait's sig_wait (job/proc.h). */
		proc_hold_signals();
		switch (spawn_command(sh, j, c->argv, plan, &so, &pid)) {
		case SPAWN_STARTED:
			redir_plan_free(plan);
			return job_run_fg(sh, j, false);
		case SPAWN_ERROR:
			proc_release_signals();
			redir_plan_free(plan);
			job_remove(sh, j);
			sh->status = 2;
			return FLOW_NEXT;
		case SPAWN_USE_FORK:
			break;
		}
		pid = proc_fork(sh, j, PROC_EXEC, true, false);
		if (pid < 0) {
			proc_release_signals();
			redir_plan_free(plan);
			job_remove(sh, j);
			sh->status = 2;
			return FLOW_NEXT;
		}
		if (pid > 0) {
			redir_plan_free(plan);
			return job_run_fg(sh, j, false);
		}
	}
	/* In the child. */
	if (!redir_perform(sh, plan, NULL))
		_exit(1);
	_exit(exec_external(sh, c->argv, NULL));
}

/* The redirections of a builtin or a function are in place (exec_simple)
 * before it runs; 'exec' with nothing to run sets sh->keep_redirs, which
 * exec_simple then reads. */
static enum flow run_builtin(struct shell *sh, struct cmd *c, const struct builtin *bi, bool special)
{
	sh->flow = FLOW_NEXT;
	sh->special_error = false;
	sh->keep_redirs = false;
	int status = bi->fn(sh, c->argc, c->argv);
	sh->status = status;
	enum flow flow = sh->flow;
	bool special_error = sh->special_error;
	sh->special_error = false;
	sh->flow = FLOW_NEXT;
	/* A non-zero status from a special builtin is a "special built-in
	 * utility error" (XCU 2.8.1) that ends a non-interactive shell,
	 * unless the builtin reports its own outcome (BUILTIN_OWN_STATUS);
	 * it may also say so itself (sh->special_error).  The shell leaves
	 * with status 2, as dash does and as for the other errors it finds
	 * itself (syntax, expansion); 126 and above (exec's "not
	 * executable", "not found") tell what became of a command and
	 * stay. */
	if (flow == FLOW_NEXT && special && status != 0
	    && (special_error || !(bi->flags & BUILTIN_OWN_STATUS)))
		return exec_fatal(sh, status < 126 ? 2 : status);
	return flow;
}

static enum flow run_function(struct shell *sh, struct cmd *c, struct function *fn)
{
	/* The definition may be replaced while it runs: keep it alive. */
	struct program *prog = fn->prog;
	const struct node *body = fn->body;
	program_ref(prog);
	char **old_params = sh->params;
	size_t old_n = sh->nparams;
	sh->params = NULL;
	sh->nparams = 0;
	shell_set_params(sh, c->argv + 1, (size_t)c->argc - 1);
	struct program *old_prog = sh->prog;
	sh->prog = prog;
	int old_loops = sh->loop_depth;
	sh->loop_depth = 0;	/* break does not cross a function call */
	sh->func_depth++;
	bool *saved_opts = NULL;
	bool **old_local_opts = sh->local_opts;
	sh->local_opts = &saved_opts;
	vars_push_scope(sh->vars);
	enum flow flow = exec_node_flags(sh, body, 0);
	vars_pop_scope(sh->vars);
	sh->local_opts = old_local_opts;
	if (saved_opts) {
		memcpy(sh->opts, saved_opts, sizeof sh->opts);
		free(saved_opts);
	}
	sh->func_depth--;
	sh->loop_depth = old_loops;
	sh->prog = old_prog;
	free(sh->params);	/* one block: shell_set_params */
	sh->params = old_params;
	sh->nparams = old_n;
	program_unref(prog);
	if (flow == FLOW_RETURN || flow == FLOW_BREAK || flow == FLOW_CONTINUE)
		flow = FLOW_NEXT;
	return flow;
}

/* What a command name resolves to. */
struct target {
	const struct builtin *bi;
	bool special;
	struct function *fn;
};

static struct target resolve(struct shell *sh, const char *name, bool use_functions,
	bool allow_special)
{
	struct target t = { 0 };
	if (strchr(name, '/'))
		return t;
	t.bi = builtin_find(name);
	if (t.bi && (t.bi->flags & BUILTIN_SPECIAL) && allow_special) {
		t.special = true;
		return t;
	}
	if (use_functions)
		t.fn = shell_find_function(sh, name);
	if (!t.bi && !t.fn && name[0] == '%' && proc_job_control(sh)) {
		/* '%2' alone resumes job 2 in the foreground, as 'fg %2'
		 * (bash, ksh, zsh, yash). */
		t.bi = builtin_find("fg");
	}
	return t;
}

/* A word whose expansion changes nothing in the shell and cannot fail:
 * literal text, plain parameters (not under set -u), and lists of them.
 * Expanding it in the shell instead of a subshell is then the same. */
static bool is_pure_word(const struct shell *sh, const struct word *w)
{
	switch (w->type) {
	case WORD_STRING:
		return true;
	case WORD_PARAM:
		return w->param.op == PARAM_PLAIN && !sh->opts[OPT_NOUNSET];
	case WORD_LIST:
		for (const struct word *p = w->list.head; p; p = p->next)
			if (!is_pure_word(sh, p))
				return false;
		return true;
	default:
		return false;
	}
}

enum spawn_result exec_spawn_stage(struct shell *sh, const struct node *n,
	struct job *j, const struct spawn_opts *so, pid_t *pid)
{
	if (!proc_can_spawn() || n->type != NODE_SIMPLE || n->simple.nassigns
	    || !n->simple.nargs || sh->opts[OPT_XTRACE])
		return SPAWN_USE_FORK;
	for (size_t i = 0; i < n->simple.nargs; i++)
		if (!is_pure_word(sh, n->simple.args[i]))
			return SPAWN_USE_FORK;
	for (const struct redir *r = n->redirs; r; r = r->next)
		if (r->op == REDIR_HEREDOC || r->op == REDIR_HEREDOC_STRIP
		    || r->op == REDIR_HERESTRING || !is_pure_word(sh, r->target))
			return SPAWN_USE_FORK;
	struct vec args = VEC_INIT;
	enum spawn_result res = SPAWN_USE_FORK;
	struct redir_plan *plan = NULL;
	if (!expand_args(sh, n, &args) || args.len == 0)
		goto out;
	vec_push(&args, NULL);
	char **argv = (char **)args.items;
	struct target t = resolve(sh, argv[0], true, true);
	if (t.bi || t.fn || !redir_prepare(sh, n->redirs, &plan))
		goto out;
	res = spawn_command(sh, j, argv, plan, so, pid);
out:
	redir_plan_free(plan);
	vec_free_all(&args);
	return res;
}

/* Not found (or not executable) on PATH: redirections still happen
 * (files get created), then the message; no fork. */
static bool report_missing(struct shell *sh, struct cmd *c)
{
	bool noexec = false;
	if (strchr(c->argv[0], '/') || path_lookup(sh, c->argv[0], &noexec))
		return false;
	struct redir_save *save = NULL;
	if (c->node && !c->redirected && !redir_apply(sh, c->node->redirs, &save)) {
		sh->status = 1;
		return true;
	}
	/* The message goes where the command's stderr would have. */
	if (noexec) {
		sh_error(NULL, "%s: Permission denied", c->argv[0]);
		sh->status = 126;
	} else {
		sh_error(NULL, "%s: not found", c->argv[0]);
		sh->status = 127;
	}
	redir_undo(save);
	return true;
}

static enum flow run_target(struct shell *sh, struct cmd *c, const struct target *t)
{
	if (t->special || (t->bi && !t->fn))
		return run_builtin(sh, c, t->bi, t->special);
	if (t->fn)
		return run_function(sh, c, t->fn);
	if (report_missing(sh, c)) {
		if (c->flags & EXEC_NOFORK)
			exec_child_exit(sh);
		return FLOW_NEXT;
	}
	return run_external(sh, c);
}

/* No command word: redirections performed, then the assignments in the
 * shell, then the redirections undone.  The order is XCU 2.9.1's (as in
 * dash and mksh): a failed redirection leaves the variables alone, and a
 * command substitution in a value sees the redirections.  The status is
 * that of the last command substitution, or 0. */
static enum flow run_assignments_only(struct shell *sh, struct cmd *c, unsigned long subs_before)
{
	struct redir_save *save = NULL;
	if (c->node->redirs && !redir_apply(sh, c->node->redirs, &save)) {
		sh->status = 1;
		return FLOW_NEXT;
	}
	char *prefix = exec_xtrace_prefix(sh);
	if (!perform_assigns(sh, c->node, c, true, 0)) {
		free(prefix);
		redir_undo(save);
		return exec_fatal(sh, sh->status ? sh->status : 1);
	}
	int status = sh->cmdsub_count != subs_before ? sh->status : 0;
	xtrace(c, prefix, redir_original_fd(save, STDERR_FILENO));
	redir_undo(save);
	sh->status = status;
	return FLOW_NEXT;
}

/* XCU 2.9.1.1 performs the redirections (step 3) before it expands the
 * assignments (step 4), so a command substitution in an assignment sees
 * them, as in dash and mksh.  A builtin or a function always runs with
 * them in place; an external command gets them here only when it has
 * assignments, otherwise in the child (no undo needed).  On failure the
 * command does not run: a special builtin is fatal, anything else has
 * status 1. */
static bool redirect_first(struct shell *sh, struct cmd *c, const struct target *t,
	struct redir_save **save, enum flow *flow)
{
	const struct node *n = c->node;
	bool external = !t->special && !t->bi && !t->fn;
	*save = NULL;
	if (!n->redirs || (external && !n->simple.nassigns))
		return true;
	if (redir_apply(sh, n->redirs, save)) {
		c->redirected = true;
		return true;
	}
	if (t->special) {
		*flow = exec_fatal(sh, 2);
		return false;
	}
	sh->status = 1;
	if (c->flags & EXEC_NOFORK)
		exec_child_exit(sh);
	*flow = FLOW_NEXT;
	return false;
}

enum flow exec_simple(struct shell *sh, const struct node *n, unsigned flags)
{
	struct cmd c = { .node = n, .flags = flags };
	struct vec args = VEC_INIT;
	unsigned long subs_before = sh->cmdsub_count;
	enum flow flow;
	if (!expand_args(sh, n, &args)) {
		vec_free_all(&args);
		return exec_fatal(sh, sh->status ? sh->status : 1);
	}
	c.argc = (int)args.len;
	c.argv = (char **)vec_finish(&args);
	if (sh->cmdsub_count != subs_before && shell_is_interactive(sh)) {
		/* A command substitution ran at the prompt: a Ctrl-C that
		 * ended it ends the command line before its command runs
		 * (job_run_fg left it for the safe point). */
		flow = exec_safe_point(sh);
		if (flow != FLOW_NEXT) {
			cmd_free(&c);
			return flow;
		}
	}
	if (c.argc == 0) {
		flow = run_assignments_only(sh, &c, subs_before);
		goto out;
	}
	struct target t = resolve(sh, c.argv[0], true, true);
	/* "VAR=x exec cmd" hands VAR to cmd's environment. */
	unsigned extra = t.special && c.argc > 1
		&& (t.bi->flags & BUILTIN_ASSIGNS_TO_ENV) ? VAR_EXPORT : 0;
	struct redir_save *save;
	if (!redirect_first(sh, &c, &t, &save, &flow))
		goto out;
	char *prefix = exec_xtrace_prefix(sh);
	if (!perform_assigns(sh, n, &c, t.special, extra)) {
		free(prefix);
		restore_temp(sh, &c);
		redir_undo(save);
		flow = exec_fatal(sh, sh->status ? sh->status : 1);
		goto out;
	}
	xtrace(&c, prefix, redir_original_fd(save, STDERR_FILENO));
	sh->keep_redirs = false;
	flow = run_target(sh, &c, &t);
	restore_temp(sh, &c);
	/* 'exec' with nothing to run, directly or through 'command', makes
	 * the redirections permanent ("command exec 3<f" keeps fd 3). */
	if (sh->keep_redirs)
		redir_forget(save);
	else
		redir_undo(save);
	sh->keep_redirs = false;
out:
	/* $_: the last field of the command just run, "" with none (as in
	 * bash), for the commands after it to read. */
	shell_note_last_arg(sh, c.argc > 0 ? c.argv[c.argc - 1] : "");
	cmd_free(&c);
	return flow;
}

enum flow exec_argv(struct shell *sh, int argc, char **argv, bool use_functions)
{
	struct cmd c = { .node = NULL, .argc = argc };
	c.argv = xcalloc((size_t)argc + 1, sizeof *c.argv);
	for (int i = 0; i < argc; i++)
		c.argv[i] = xstrdup(argv[i]);
	/* Through 'command', a special builtin loses its special
	 * properties (XCU command). */
	struct target t = resolve(sh, c.argv[0], use_functions, false);
	enum flow flow = run_target(sh, &c, &t);
	cmd_free(&c);
	return flow;
}

/* struct shell: creation, the positional parameters, functions, and the
 * read-parse-run loop shared by scripts, -c, eval, dot and traps. */
#include "shell.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "builtin/builtin.h"
#include "exec/exec.h"
#include "exec/path.h"
#include "input/input.h"
#include "input/rl.h"
#include "job/job.h"
#include "parse/alias.h"
#include "parse/ast.h"
#include "parse/parser.h"
#include "sig/signal.h"
#include "sig/trap.h"
#include "util/error.h"
#include "util/fd.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/var.h"

struct shell *shell_create(char **envp)
{
	struct shell *sh = xcalloc(1, sizeof *sh);
	sh->vars = vars_create();
	vars_import(sh->vars, envp);
	hash_init(&sh->functions);
	hash_init(&sh->cmd_cache);
	shell_set_params(sh, NULL, 0);
	sh->arg0 = xstrdup("cosh");
	sh->pid = getpid();
	sh->jobs = jobs_create();
	sh->traps = traps_create();
	sh->aliases = alias_table_create();
	sh->tty_fd = -1;
	sh->script_name = NULL;
	sh_error_set_place(&sh->script_name, &sh->lineno);
	fd_own(&sh->tty_fd);
	/* Variables every shell sets (XCU 2.5.3).  IFS is set whatever the
	 * environment held (POSIX.1-2024; dash, bash and mksh do it too):
	 * a script's field splitting must not be chosen by its caller.  An
	 * imported IFS stays exported, with the default value. */
	var_set(sh->vars, "IFS", " \t\n", 0);
	if (!var_get(sh->vars, "PS1"))
		var_set(sh->vars, "PS1", getuid() == 0 ? "# " : "$ ", 0);
	if (!var_get(sh->vars, "PS2"))
		var_set(sh->vars, "PS2", "> ", 0);
	if (!var_get(sh->vars, "PS4"))
		var_set(sh->vars, "PS4", "+ ", 0);
	/* Commands are found without PATH in the environment (env -i sh),
	 * as in dash; not exported. */
	if (!var_get(sh->vars, "PATH"))
		var_set(sh->vars, "PATH",
			"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", 0);
	/* RANDOM and SECONDS exist from the start; unset, they become
	 * plain variables (src/expand/param.c). */
	var_set(sh->vars, "RANDOM", "0", 0);
	strcpy(sh->random_last, "0");
	sh->random_pid = sh->pid;
	sh->random_state = (unsigned long)time(NULL) ^
		((unsigned long)sh->pid << 16);
	var_set(sh->vars, "SECONDS", "0", 0);
	sh->seconds_base = (long)time(NULL);
	strcpy(sh->seconds_last, "0");
	if (!var_get(sh->vars, "OPTIND"))
		var_set(sh->vars, "OPTIND", "1", 0);
	/* PWD: the imported value if it still names ".", else the physical
	 * directory (XCU 2.5.3); exported, as in dash and bash, so that the
	 * programs we start do not trust a stale one of their own. */
	char *cwd = builtin_logical_cwd(sh);
	if (cwd) {
		var_set(sh->vars, "PWD", cwd, VAR_EXPORT);
		free(cwd);
	}
	char ppid[32];
	snprintf(ppid, sizeof ppid, "%ld", (long)getppid());
	var_set(sh->vars, "PPID", ppid, 0);
	return sh;
}

static void function_free(struct function *fn)
{
	program_unref(fn->prog);
	free(fn->name);
	free(fn);
}

void shell_destroy(struct shell *sh)
{
	size_t pos = 0;
	struct hash_entry *e;
	while ((e = hash_next(&sh->functions, &pos)))
		function_free(e->value);
	hash_destroy(&sh->functions);
	path_cache_clear(sh);
	hash_destroy(&sh->cmd_cache);
	vars_destroy(sh->vars);
	free(sh->params);
	free(sh->arg0);
	free(sh->last_arg);
	jobs_destroy(sh->jobs);
	traps_destroy(sh->traps);
	alias_table_destroy(sh->aliases);
	sh_error_set_place(NULL, NULL);
	fd_disown(&sh->tty_fd);
	free(sh);
}

void shell_note_last_arg(struct shell *sh, const char *s)
{
	size_t n = strlen(s) + 1;
	if (n > sh->last_arg_cap) {
		sh->last_arg = xrealloc(sh->last_arg, n);
		sh->last_arg_cap = n;
	}
	memcpy(sh->last_arg, s, n);
	sh->last_arg_pending = true;
}

void shell_sync_last_arg(struct shell *sh)
{
	if (!sh->last_arg_pending)
		return;
	sh->last_arg_pending = false;
	/* A readonly _ keeps its value, silently (var_set refuses). */
	(void)var_set(sh->vars, "_", sh->last_arg, 0);
}

void shell_set_params(struct shell *sh, char *const *argv, size_t n)
{
	/* One block: the pointers, then the strings.  Every function call
	 * makes one, so it is one malloc and one free, not one per
	 * argument. */
	size_t bytes = (n + 1) * sizeof(char *);
	for (size_t i = 0; i < n; i++)
		bytes += strlen(argv[i]) + 1;
	char **v = xmalloc(bytes);
	char *text = (char *)(v + n + 1);
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(argv[i]) + 1;
		v[i] = memcpy(text, argv[i], len);
		text += len;
	}
	v[n] = NULL;
	free(sh->params);
	sh->params = v;
	sh->nparams = n;
}

char *shell_option_letters(const struct shell *sh)
{
	struct strbuf sb = STRBUF_INIT;
	for (int i = 0; i < OPT_COUNT; i++)
		if (sh->opts[i] && option_table[i].letter)
			strbuf_appendc(&sb, option_table[i].letter);
	return strbuf_finish(&sb);
}

bool shell_is_interactive(const struct shell *sh)
{
	return sh->opts[OPT_INTERACTIVE] && !sh->in_subshell;
}

void shell_define_function(struct shell *sh, const char *name,
	struct node *body, struct program *prog)
{
	struct function *fn = xmalloc(sizeof *fn);
	fn->name = xstrdup(name);
	fn->body = body;
	fn->prog = prog;
	program_ref(prog);
	struct function *old = hash_put(&sh->functions, name, fn);
	if (old)
		function_free(old);
}

struct function *shell_find_function(const struct shell *sh, const char *name)
{
	return hash_get(&sh->functions, name);
}

bool shell_unset_function(struct shell *sh, const char *name)
{
	struct function *fn = hash_del(&sh->functions, name);
	if (!fn)
		return false;
	function_free(fn);
	return true;
}

/* The builtins that cannot read standard input, start a process, run a
 * job or parsed code of their own (eval and '.' read their text through
 * shell_run_input, which looks at each command) or leave the shell (the
 * offset must be right for whoever reads stdin next). */
static bool is_inert_builtin(const char *name)
{
	static const char *const names[] = {
		".", ":", "[", "alias", "break", "cd", "continue", "echo",
		"eval", "export", "false", "getopts", "hash", "jobs", "kill",
		"local", "printf", "pwd", "readonly", "return", "set", "shift",
		"source", "test", "times", "trap", "true", "type", "umask",
		"unalias", "unset",
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
		if (strcmp(name, names[i]) == 0)
			return builtin_find(name) != NULL;
	return false;
}

/* A command of this name cannot read stdin: an inert builtin that no
 * function shadows. */
static bool is_inert_name(void *ctx, const char *name)
{
	struct shell *sh = ctx;
	return is_inert_builtin(name) && !shell_find_function(sh, name);
}

/* Before running prog: if what is read ahead of it on stdin could be
 * wanted by the command (XCU sh, INPUT FILES), give it back.  Only the
 * shell itself seeks: a forked copy shares the offset. */
static void sync_stdin(struct shell *sh, const struct program *prog)
{
	if (sh->readahead == NULL || sh->in_subshell ||
	    ast_is_inert(prog->root, is_inert_name, sh))
		return;
	input_sync(sh->readahead);
}

enum flow shell_run_input(struct shell *sh, struct input *in)
{
	struct parser *p = parser_create(in);
	parser_set_aliases(p, sh->aliases);
	parser_set_verbose(p, &sh->opts[OPT_VERBOSE]);
	enum flow flow = FLOW_NEXT;
	bool ran = false;
	/* A script on a seekable stdin is read in blocks, given back
	 * before each command that may read stdin (sync_stdin). */
	bool owns_readahead = sh->readahead == NULL && !sh->in_subshell &&
		input_begin_readahead(in);
	if (owns_readahead)
		sh->readahead = in;
	sh->input_depth++;
	for (;;) {
		flow = exec_safe_point(sh);
		if (flow == FLOW_INTERRUPT && sh->input_depth == 1) {
			/* The status was set where the line was abandoned
			 * (130 for Ctrl-C). */
			flow = FLOW_NEXT;
			continue;
		}
		if (flow != FLOW_NEXT)
			break;
		struct program *prog = NULL;
		enum parse_status ps = parser_next(p, &prog);
		if (ps == PARSE_EOF)
			break;
		if (ps == PARSE_ERROR) {
			sh->status = 2;
			/* The status 2 stays when the input ends now:
			 * echo ')' | sh -i exits 2. */
			ran = true;
			if (!shell_is_interactive(sh)
			    || (sh->command_string && sh->input_depth == 1)) {
				flow = FLOW_EXIT;
				break;
			}
			continue;
		}
		bool had_command = prog->root != NULL;
		if (prog->root && !sh->opts[OPT_NOEXEC]) {
			ran = true;
			sync_stdin(sh, prog);
			struct program *outer = sh->prog;
			sh->prog = prog;
			flow = exec_node(sh, prog->root);
			sh->prog = outer;
		}
		program_unref(prog);
		if (flow == FLOW_INTERRUPT && sh->input_depth == 1) {
			/* The line was abandoned (Ctrl-C: status 130, set by
			 * sig_dispatch; nesting too deep: 2): on with the next. */
			flow = FLOW_NEXT;
		}
		if (flow != FLOW_NEXT)
			break;
		if (shell_is_interactive(sh)) {
			job_notify(sh);
			/* Only two exits in a row leave with stopped jobs. */
			if (sh->input_depth == 1 && had_command && !sh->warned_now)
				sh->stopped_jobs_warned = false;
			sh->warned_now = false;
		}
	}
	parser_destroy(p);
	if (owns_readahead) {
		input_sync(in);
		sh->readahead = NULL;
	}
	sh->input_depth--;
	/* Text with no command (an empty file for '.', eval "") has status
	 * 0, but the last command's status stays visible inside it. */
	if (!ran && flow == FLOW_NEXT)
		sh->status = 0;
	return flow;
}

_Noreturn void shell_exit(struct shell *sh, int status)
{
	sh->status = status;
	/* Whoever reads stdin after the shell finds it right after the
	 * last command read (set -e, an error that ends the script). */
	if (sh->readahead && !sh->in_subshell)
		input_sync(sh->readahead);
	/* Before the EXIT trap, which may run for long or be interrupted:
	 * what the user typed is safe first. */
	if (shell_is_interactive(sh))
		rl_history_save(sh);
	trap_run_exit(sh);
	status = sh->status;
	if (sh->in_subshell) {
		/* Never flush stdio buffers inherited from the parent. */
		_exit(status & 0xff);
	}
	if (shell_is_interactive(sh))
		jobs_signal_all(sh, SIGHUP);
	shell_destroy(sh);
	exit(status & 0xff);
}

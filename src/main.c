/* cosh: argument parsing, the choice of input, and the run. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "builtin/builtin.h"
#include "expand/expand.h"
#include "input/input.h"
#include "input/rl.h"
#include "job/tty.h"
#include "shell.h"
#include "sig/signal.h"
#include "util/error.h"
#include "util/fd.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/options.h"
#include "var/var.h"

extern char **environ;

static const char usage_text[] =
	"usage: cosh [-abCefhilmnpuvx] [-o option] [-c string [name [arg...]]]\n"
	"       cosh [options] [-s] [arg...]\n"
	"       cosh [options] script [arg...]\n";

static _Noreturn void usage(const char *why)
{
	sh_error(NULL, "%s", why);
	write_all(STDERR_FILENO, usage_text, sizeof usage_text - 1);
	exit(2);
}

/* --help and --version, as the first argument only (as in bash): after
 * the options, "--help" is an operand like any other. */
static void long_option(const char *arg)
{
	if (strcmp(arg, "--version") == 0) {
		static const char text[] = PACKAGE_NAME " " PACKAGE_VERSION "\n";
		exit(write_all(STDOUT_FILENO, text, sizeof text - 1) ? 0 : 1);
	}
	if (strcmp(arg, "--help") == 0) {
		static const char more[] =
			"\nOptions are those of set (-o NAME for the long names), plus\n"
			"-c (run the string), -s (read standard input), -i\n"
			"(interactive) and -l or --login (read /etc/profile and\n"
			"~/.profile first).  --help and --version print this text or the\n"
			"version.  See cosh(1).\n";
		bool ok = write_all(STDOUT_FILENO, usage_text, sizeof usage_text - 1)
			&& write_all(STDOUT_FILENO, more, sizeof more - 1);
		exit(ok ? 0 : 1);
	}
	if (arg[0] == '-' && arg[1] == '-' && arg[2] && strcmp(arg, "--login") != 0) {
		char msg[64];
		snprintf(msg, sizeof msg, "%.40s: unknown option", arg);
		usage(msg);
	}
}

struct start {
	const char *command;	/* -c string */
	bool read_stdin;	/* -s */
	bool force_interactive;	/* -i */
	bool login;		/* -l, --login, or argv[0] starting with '-' */
	int list_options;	/* -o or +o last, with no name: 1 table, 2 set +o */
	int first_operand;
};

/* Options as for set, plus -c, -s, -i and -l.  A lone "-" or "--" ends
 * them; "-" is the first operand and is then ignored (XCU sh), so
 * "sh -x - file" runs file with -x and "sh -c - 'cmd'" runs cmd. */
static void parse_args(struct shell *sh, int argc, char **argv, struct start *st)
{
	bool want_c = false;
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' && a[0] != '+')
			break;
		if (strcmp(a, "-") == 0 || strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (a[1] == '\0')
			break;	/* a lone '+' is an operand */
		if (strcmp(a, "--login") == 0) {
			/* bash's spelling of -l. */
			st->login = true;
			continue;
		}
		bool on = a[0] == '-';
		for (const char *p = a + 1; *p; p++) {
			if (*p == 'c') {
				/* +c too, as in dash and bash. */
				want_c = true;
			} else if (*p == 's' && on) {
				st->read_stdin = true;
			} else if (*p == 'i') {
				st->force_interactive = on;
			} else if (*p == 'l') {
				st->login = on;
			} else if (*p == 'o') {
				if (i + 1 >= argc) {
					/* "sh -o" lists the options as set -o
					 * does, "sh +o" as set +o. */
					st->list_options = on ? 1 : 2;
					break;
				}
				int opt = option_by_name(argv[++i]);
				if (opt < 0 || opt == OPT_INTERACTIVE || opt == OPT_STDIN)
					usage("unknown option name");
				sh->opts[opt] = on;
			} else {
				int opt = option_by_letter(*p);
				if (opt < 0 || opt == OPT_INTERACTIVE || opt == OPT_STDIN) {
					char msg[32] = "-?: invalid option";
					msg[1] = *p;
					usage(msg);
				}
				sh->opts[opt] = on;
			}
		}
	}
	if (want_c) {
		if (i >= argc)
			usage("-c needs a command string");
		st->command = argv[i++];
	}
	st->first_operand = i;
}

static int open_script(const char *path)
{
	int fd;
	while ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0 && errno == EINTR)
		;
	if (fd < 0)
		return -1;
	/* A directory opens, and reads as an error or as nothing: say what
	 * it is (status 126, as bash; dash and mksh run it as empty). */
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		errno = EISDIR;
		return -1;
	}
	/* The script's fd is the shell's own: above 9 if it can be, out of
	 * the way of the descriptors that scripts redirect. */
	return fd_move_private(fd);
}

/* Runs a start-up file the way '.' runs one; a missing file is no error
 * (most users have none).  An 'exit' in it ends the shell.  Never while
 * the ids differ (started set-user-ID or set-group-ID with -p): a file
 * the real user controls must not run with the ids of the program's
 * owner.  bash, ksh and mksh read none then; dash reads them. */
static void run_file(struct shell *sh, const char *path)
{
	if (privileges_elevated())
		return;
	int fd = open_script(path);
	if (fd < 0) {
		if (errno != ENOENT)
			sh_error_errno(NULL, "%s", path);
		return;
	}
	struct input *in = input_from_fd(fd, path, true);
	const char *outer_name = sh->script_name;
	sh->script_name = path;
	enum flow flow = shell_run_input(sh, in);
	sh->script_name = outer_name;
	input_destroy(in);
	if (flow == FLOW_EXIT)
		shell_exit(sh, sh->status);
}

/* A login shell reads /etc/profile, then $HOME/.profile (as dash and
 * bash do), before anything else. */
static void run_profile(struct shell *sh)
{
	run_file(sh, "/etc/profile");
	const char *home = var_get(sh->vars, "HOME");
	if (!home || !*home)
		return;
	struct strbuf sb = STRBUF_INIT;
	strbuf_append(&sb, home);
	strbuf_append(&sb, "/.profile");
	run_file(sh, sb.data);
	strbuf_free(&sb);
}

/* An interactive shell reads $ENV (XCU sh: parameter-expanded, and not
 * when the user ids differ), or ~/.coshrc when ENV is unset. */
static void run_startup_file(struct shell *sh)
{
	const char *env = var_get(sh->vars, "ENV");
	if (privileges_elevated())
		return;	/* see run_file */
	if (env) {
		if (!*env)
			return;
		/* Parameter expansion (XCU sh, ENV), as for a prompt. */
		char *path = expand_prompt(sh, env);
		run_file(sh, path);
		free(path);
		return;
	}
	const char *home = var_get(sh->vars, "HOME");
	if (!home || !*home)
		return;
	struct strbuf sb = STRBUF_INIT;
	strbuf_append(&sb, home);
	strbuf_append(&sb, "/.coshrc");
	run_file(sh, sb.data);
	strbuf_free(&sb);
}

int main(int argc, char **argv)
{
	if (argc > 1)
		long_option(argv[1]);
	struct shell *sh = shell_create(environ);
	/* $_ starts as the value the caller exported (a shell exports the
	 * command's path) or the shell's own name, as in bash and mksh;
	 * it is not passed on to the commands we start. */
	char *last = xstrdup(var_get(sh->vars, "_") ? var_get(sh->vars, "_")
		: argv[0] ? argv[0] : "cosh");
	var_unset(sh->vars, "_");
	var_set(sh->vars, "_", last, 0);
	free(last);
	struct start st = { 0 };
	parse_args(sh, argc, argv, &st);
	/* Started set-user-ID or set-group-ID: without -p the shell goes
	 * back to the real ids before it does anything, as dash, bash and
	 * mksh do, and refuses to run if it cannot. */
	if (!sh->opts[OPT_PRIVILEGED] && privileges_elevated() && !privileges_drop()) {
		sh_error_errno(NULL, "cannot drop the set-user-ID or set-group-ID privileges");
		exit(2);
	}
	if (argv[0] && argv[0][0] == '-')
		st.login = true;	/* how login(1) starts a login shell */
	sh->is_login = st.login;
	if (st.list_options) {
		char *av[] = { "set", st.list_options == 1 ? "-o" : "+o", NULL };
		builtin_set(sh, 2, av);
	}

	struct input *in = NULL;
	char **operands = argv + st.first_operand;
	int noperands = argc - st.first_operand;
	free(sh->arg0);
	if (st.command) {
		/* cosh -c string [name [args...]] */
		sh->arg0 = xstrdup(noperands > 0 ? operands[0] : argv[0]);
		if (noperands > 0)
			shell_set_params(sh, operands + 1, (size_t)noperands - 1);
		in = input_from_string(st.command, "-c");
		sh->script_name = "-c";
		sh->command_string = true;
	} else if (st.read_stdin || noperands == 0) {
		sh->arg0 = xstrdup(argv[0]);
		shell_set_params(sh, operands, (size_t)noperands);
		sh->opts[OPT_STDIN] = true;
		in = input_from_fd(STDIN_FILENO, "stdin", false);
		if (st.force_interactive || (isatty(STDIN_FILENO) && isatty(STDERR_FILENO)))
			sh->opts[OPT_INTERACTIVE] = true;
		else
			sh->script_name = "stdin";
	} else {
		sh->arg0 = xstrdup(operands[0]);
		shell_set_params(sh, operands + 1, (size_t)noperands - 1);
		int fd = open_script(operands[0]);
		if (fd < 0) {
			int err = errno;
			sh_error_errno(NULL, "%s", operands[0]);
			shell_destroy(sh);
			return err == ENOENT ? 127 : 126;
		}
		in = input_from_fd(fd, operands[0], true);
		sh->script_name = operands[0];
	}
	if (st.force_interactive)
		sh->opts[OPT_INTERACTIVE] = true;
	if (sh->opts[OPT_INTERACTIVE]) {
		sh->opts[OPT_MONITOR] = true;
		/* Line editing starts in readline's emacs mode: say so, as
		 * bash does, unless -o vi asked for the other one. */
		if (!sh->opts[OPT_VI])
			sh->opts[OPT_EMACS] = true;
		/* The user sees what ran: no place in messages (as bash),
		 * for cosh -i -c too. */
		sh->script_name = NULL;
		/* readline reads the locale itself. */
		vars_ctype_eager();
	}

	/* The terminal first: waiting for the foreground uses SIGTTIN with
	 * the disposition inherited, before sig_init ignores it. */
	if (sh->opts[OPT_MONITOR] && sh->opts[OPT_INTERACTIVE] && !tty_init(sh))
		sh->opts[OPT_MONITOR] = false;
	else if (sh->opts[OPT_MONITOR] && !sh->opts[OPT_INTERACTIVE])
		tty_init_script(sh);	/* cosh -m script */
	sig_init(sh);

	if (sh->is_login)
		run_profile(sh);
	if (shell_is_interactive(sh)) {
		run_startup_file(sh);
		if (sh->opts[OPT_STDIN] && !st.command) {
			/* Lines from readline from now on. */
			input_destroy(in);
			in = input_from_readline(sh);
		}
	}
	shell_run_input(sh, in);
	input_destroy(in);
	shell_exit(sh, sh->status);
}

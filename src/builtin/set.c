/* set: lists variables, changes options, replaces the positional
 * parameters (XCU set).
 *
 *   set                     NAME='value' lines, sorted, re-readable
 *   set -o / set +o         the option table / re-readable "set -o name"
 *   set -eu +x -o name +o name [--] [arg...]
 *
 * A lone "-" ends the options like "--" and also turns -x and -v off
 * (historical, as dash); unlike "--" it leaves the parameters alone when
 * no operand follows it. */
#include "config.h"

#include "builtin/builtin.h"

#include <stdlib.h>
#include <string.h>

#include "job/tty.h"
#include "shell.h"
#include "sig/signal.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "var/options.h"
#include "var/var.h"

static int set_list_vars(struct shell *sh, const char *name)
{
	struct strbuf out = STRBUF_INIT;
	struct var **all;
	size_t n, i;
	bool ok;

	shell_sync_last_arg(sh);
	all = vars_sorted(sh->vars, &n);
	for (i = 0; i < n; i++) {
		if (all[i]->value == NULL)
			continue;
		strbuf_append(&out, all[i]->name);
		strbuf_appendc(&out, '=');
		shell_quote(&out, all[i]->value);
		strbuf_appendc(&out, '\n');
	}
	free(all);
	ok = builtin_flush(name, &out);
	strbuf_free(&out);
	return ok ? 0 : 1;
}

/* set -o (table) or set +o (commands that restore the settings). */
static void set_show_options(struct shell *sh, struct strbuf *out, bool table)
{
	int i;

	for (i = 0; i < OPT_COUNT; i++) {
		if (table) {
			strbuf_appendf(out, "%-16s%s\n", option_table[i].name,
				sh->opts[i] ? "on" : "off");
		} else if (i != OPT_INTERACTIVE && i != OPT_STDIN) {
			/* -i and -s cannot be set again: leave them out so
			 * the output re-reads without errors. */
			strbuf_appendf(out, "set %co %s\n",
				sh->opts[i] ? '-' : '+', option_table[i].name);
		}
	}
}

/* Turns one option on or off; false (message printed) for -i and -s,
 * which only the command line may set. */
static bool set_option(struct shell *sh, const char *who, int opt, bool on,
	const char *shown)
{
	if (opt == OPT_INTERACTIVE || opt == OPT_STDIN) {
		sh_error(who, "%s: cannot be changed", shown);
		return false;
	}
	/* An interactive shell may ignore -n (XCU set); obeying it would
	 * leave the user no way to run "set +n". */
	if (opt == OPT_NOEXEC && on && shell_is_interactive(sh))
		return true;
	sh->opts[opt] = on;
	/* The line editor modes exclude each other. */
	if (on && opt == OPT_VI)
		sh->opts[OPT_EMACS] = false;
	if (on && opt == OPT_EMACS)
		sh->opts[OPT_VI] = false;
	return true;
}

int builtin_set(struct shell *sh, int argc, char **argv)
{
	struct strbuf out = STRBUF_INIT;
	bool monitor = sh->opts[OPT_MONITOR];
	bool sigtrace = sh->opts[OPT_SIGTRACE];
	bool privileged = sh->opts[OPT_PRIVILEGED];
	bool new_params = false;
	int status = 0;
	int i;

	if (argc < 2)
		return set_list_vars(sh, argv[0]);

	for (i = 1; i < argc; i++) {
		const char *arg = argv[i];
		const char *p;
		bool on = arg[0] == '-';

		/* A lone "+" is ignored, as in dash and bash. */
		if (strcmp(arg, "+") == 0)
			continue;
		if ((arg[0] != '-' && arg[0] != '+') || arg[1] == '\0') {
			if (strcmp(arg, "-") == 0) {
				sh->opts[OPT_XTRACE] = false;
				sh->opts[OPT_VERBOSE] = false;
				i++;
			}
			break;
		}
		if (strcmp(arg, "--") == 0) {
			i++;
			new_params = true;
			break;
		}
		for (p = arg + 1; *p != '\0'; p++) {
			char shown[3] = { arg[0], *p, '\0' };
			int opt;

			if (*p == 'o') {
				if (i + 1 >= argc) {
					set_show_options(sh, &out, on);
					continue;
				}
				opt = option_by_name(argv[++i]);
				if (opt < 0) {
					sh_error(argv[0], "%s: invalid option name",
						argv[i]);
					status = 2;
					goto done;
				}
				if (!set_option(sh, argv[0], opt, on, argv[i])) {
					status = 2;
					goto done;
				}
				continue;
			}
			opt = option_by_letter(*p);
			if (opt < 0) {
				sh_error(argv[0], "%s: invalid option", shown);
				status = 2;
				goto done;
			}
			if (!set_option(sh, argv[0], opt, on, shown)) {
				status = 2;
				goto done;
			}
		}
	}
	if (new_params || i < argc) {
		shell_set_params(sh, argv + i, (size_t)(argc - i));
		/* New operands, a new scan (dash): a script that parses two
		 * lists in turn need not reset OPTIND itself. */
		(void)var_set(sh->vars, "OPTIND", "1", 0);
		sh->getopts.next = 0;
	}
done:
	if (!builtin_flush(argv[0], &out) && status == 0)
		status = 1;
	strbuf_free(&out);
	/* set +p gives the elevated ids up for good (as bash); set -p
	 * cannot take them back. */
	if (privileged && !sh->opts[OPT_PRIVILEGED] && privileges_elevated()
	    && !privileges_drop()) {
		sh_error_errno(argv[0], "cannot drop privileges");
		sh->opts[OPT_PRIVILEGED] = true;
		status = 2;
	}
	/* set -m in a script that has a terminal: its jobs get the terminal
	 * as at an interactive shell, so that they can be stopped and
	 * brought back with fg. */
	if (sh->opts[OPT_MONITOR] && !monitor && !sh->in_subshell)
		tty_init_script(sh);
	/* Both change which signals the shell catches (signal.c policy). */
	if (sh->opts[OPT_MONITOR] != monitor || sh->opts[OPT_SIGTRACE] != sigtrace)
		sig_update_mode(sh);
	return status;
}

/* getopts optstring name [arg...] (XCU getopts).
 *
 * OPTIND names the argument being scanned (1-based, as the standard
 * says).  The position inside a group of letters ("-abc") is sh->getopts
 * (see struct shell): a script that assigns OPTIND, even the value it
 * already has (OPTIND=1 inside the group "-abc"), starts afresh at the
 * beginning of that argument, and "set" with operands starts the scan
 * over at OPTIND=1, as in dash.  OPTARG is unset after an option without
 * an argument, as POSIX says (dash leaves it empty). */
#include "config.h"

#include "builtin/builtin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/parser.h"
#include "shell.h"
#include "util/error.h"
#include "util/xalloc.h"
#include "var/options.h"
#include "var/var.h"

/* Sets a variable; false (message printed) if it is readonly. */
static bool getopts_set(struct shell *sh, const char *name, const char *value)
{
	if (var_set(sh->vars, name, value,
		sh->opts[OPT_ALLEXPORT] ? VAR_EXPORT : 0))
		return true;
	sh_error(name, "readonly variable");
	return false;
}

/* Stores the results: name, OPTIND and OPTARG (NULL: unset). */
static bool getopts_store(struct shell *sh, const char *name, char opt,
	long opt_ind, const char *opt_arg)
{
	char letter[2] = { opt, '\0' };
	char num[24];
	bool ok = true;

	snprintf(num, sizeof num, "%ld", opt_ind);
	ok = getopts_set(sh, name, letter) && ok;
	ok = getopts_set(sh, "OPTIND", num) && ok;
	if (opt_arg != NULL)
		ok = getopts_set(sh, "OPTARG", opt_arg) && ok;
	else
		var_unset(sh->vars, "OPTARG");
	sh->getopts.optind = opt_ind;
	sh->getopts.gen = vars_optind_generation(sh->vars);
	return ok;
}

int builtin_getopts(struct shell *sh, int argc, char **argv)
{
	const char *optstring, *name, *spec;
	const char *value;
	char **args;
	long nargs, opt_ind = 1;
	bool silent;
	const char *arg;
	char opt;
	size_t next;

	if (argc < 3) {
		sh_error(argv[0], "usage: getopts optstring name [arg...]");
		return 2;
	}
	optstring = argv[1];
	name = argv[2];
	if (!is_name(name)) {
		sh_error(argv[0], "%s: bad variable name", name);
		return 2;
	}
	silent = optstring[0] == ':';
	if (silent)
		optstring++;
	if (argc > 3) {
		args = argv + 3;
		nargs = argc - 3;
	} else {
		args = sh->params;
		nargs = (long)sh->nparams;
	}

	value = var_get(sh->vars, "OPTIND");
	if (value == NULL || !builtin_parse_long(value, &opt_ind) || opt_ind < 1)
		opt_ind = 1;
	next = opt_ind == sh->getopts.optind &&
		sh->getopts.gen == vars_optind_generation(sh->vars) ?
		sh->getopts.next : 0;
	sh->getopts.next = 0;

	if (next == 0) {
		if (opt_ind > nargs)
			goto end;
		arg = args[opt_ind - 1];
		if (arg[0] != '-' || arg[1] == '\0')
			goto end;
		if (strcmp(arg, "--") == 0) {
			opt_ind++;
			goto end;
		}
		next = 1;
	} else {
		if (opt_ind > nargs || strlen(args[opt_ind - 1]) <= next)
			goto end;	/* the arguments changed under us */
		arg = args[opt_ind - 1];
	}

	opt = arg[next++];
	spec = opt != ':' ? strchr(optstring, opt) : NULL;
	if (spec == NULL) {
		char letter[2] = { opt, '\0' };

		if (!silent)
			sh_error(NULL, "-%c: invalid option", opt);
		if (arg[next] == '\0') {
			opt_ind++;
			next = 0;
		}
		if (!getopts_store(sh, name, '?', opt_ind,
			silent ? letter : NULL))
			return 2;
		sh->getopts.next = next;
		return 0;
	}
	if (spec[1] == ':') {
		const char *opt_arg;

		if (arg[next] != '\0') {
			opt_arg = arg + next;
			opt_ind++;
		} else if (opt_ind < nargs) {
			opt_arg = args[opt_ind];
			opt_ind += 2;
		} else {
			char letter[2] = { opt, '\0' };

			if (!silent)
				sh_error(NULL, "-%c: option requires an argument",
					opt);
			if (!getopts_store(sh, name, silent ? ':' : '?',
				opt_ind + 1, silent ? letter : NULL))
				return 2;
			return 0;
		}
		if (!getopts_store(sh, name, opt, opt_ind, opt_arg))
			return 2;
		return 0;
	}
	if (arg[next] == '\0') {
		opt_ind++;
		next = 0;
	}
	if (!getopts_store(sh, name, opt, opt_ind, NULL))
		return 2;
	sh->getopts.next = next;
	return 0;

end:
	if (!getopts_store(sh, name, '?', opt_ind, NULL))
		return 2;
	return 1;
}

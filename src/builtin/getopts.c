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

/* Stores the results: name, OPTIND and OPTARG (NULL: unset).  A name
 * that is not a valid one fails only its own assignment: OPTIND and OPTARG
 * still move on, as in dash and bash. */
static bool getopts_store(struct shell *sh, const char *name, char opt,
	long opt_ind, const char *opt_arg)
{
	char letter[2] = { opt, '\0' };
	char num[24];
	bool ok = true;

	snprintf(num, sizeof num, "%ld", opt_ind);
	if (is_name(name)) {
		ok = getopts_set(sh, name, letter) && ok;
	} else {
		sh_error("getopts", "%s: bad variable name", name);
		ok = false;
	}
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
	const char *optstring, *name;
	const char *value;
	char **args;
	long nargs, opt_ind = 1;
	bool silent;
	char letter = '\0';
	char *opt_arg;
	char letter_str[2] = { '\0', '\0' };

	if (argc < 3) {
		sh_error(argv[0], "usage: getopts optstring name [arg...]");
		return 2;
	}
	optstring = argv[1];
	name = argv[2];
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
	struct opt_cursor cur = { opt_ind - 1, 0 };
	if (opt_ind == sh->getopts.optind
	    && sh->getopts.gen == vars_optind_generation(sh->vars))
		cur.next = sh->getopts.next;

	enum opt_result r = opt_scan(&cur, args, nargs, optstring, &letter,
		&opt_arg);
	letter_str[0] = letter;
	opt_ind = cur.ind + 1;
	bool ok;
	switch (r) {
	case OPT_END:
		ok = getopts_store(sh, name, '?', opt_ind, NULL);
		sh->getopts.next = 0;
		return ok ? 1 : 2;
	case OPT_UNKNOWN:
		if (!silent)
			sh_error(NULL, "-%c: invalid option", letter);
		ok = getopts_store(sh, name, '?', opt_ind,
			silent ? letter_str : NULL);
		break;
	case OPT_NO_ARG:
		if (!silent)
			sh_error(NULL, "-%c: option requires an argument", letter);
		ok = getopts_store(sh, name, silent ? ':' : '?', opt_ind,
			silent ? letter_str : NULL);
		break;
	default:
		ok = getopts_store(sh, name, letter, opt_ind, opt_arg);
		break;
	}
	sh->getopts.next = cur.next;
	return ok ? 0 : 2;
}

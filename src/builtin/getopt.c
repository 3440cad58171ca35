/* The option scanner: opt_scan, one step over a group of letters, is
 * shared by the getopts builtin (getopts.c, whose cursor lives in struct
 * shell) and builtin_getopt, the scanner of every builtin's own options.
 *
 * builtin_getopt's interface only carries *opt_ind, so its cursor inside a
 * group of letters ("-abc") is kept here.  It is trusted only while the
 * caller is still on the same argv and the same *opt_ind as the call that
 * left it; any other call starts at the beginning of argv[*opt_ind].
 * Builtins scan all their options before they run any shell code, so no
 * two scans are ever interleaved. */
#include "config.h"

#include "builtin/builtin.h"

#include <string.h>

#include "util/error.h"

enum opt_result opt_scan(struct opt_cursor *cur, char *const *args,
	long nargs, const char *optstring, char *letter, char **arg)
{
	const char *p;
	const char *spec;

	*arg = NULL;
	/* A cursor inside a group the arguments no longer have (they were
	 * replaced meanwhile) starts again at the argument's beginning. */
	if (cur->next > 0 && (cur->ind >= nargs
	    || strlen(args[cur->ind]) <= cur->next))
		cur->next = 0;
	if (cur->next == 0) {
		const char *a;

		if (cur->ind >= nargs)
			return OPT_END;
		a = args[cur->ind];
		if (a == NULL || a[0] != '-' || a[1] == '\0')
			return OPT_END;
		if (strcmp(a, "--") == 0) {
			cur->ind++;
			return OPT_END;
		}
		cur->next = 1;
	}
	p = args[cur->ind] + cur->next;
	*letter = *p++;
	cur->next++;
	spec = *letter != ':' ? strchr(optstring, *letter) : NULL;
	if (spec != NULL && spec[1] == ':') {
		cur->next = 0;
		if (*p != '\0') {
			*arg = (char *)p;
			cur->ind++;
		} else if (cur->ind + 1 < nargs) {
			*arg = args[cur->ind + 1];
			cur->ind += 2;
		} else {
			cur->ind++;
			return OPT_NO_ARG;
		}
		return OPT_FOUND;
	}
	if (*p == '\0') {
		cur->ind++;
		cur->next = 0;
	}
	return spec != NULL ? OPT_FOUND : OPT_UNKNOWN;
}

/* builtin_getopt's interface carries only *opt_ind: the cursor inside a
 * group is kept here, trusted only for the same argv and *opt_ind as the
 * call that left it. */
static char **scan_argv;
static struct opt_cursor scan_cursor;

int builtin_getopt(int argc, char **argv, const char *optstring,
	int *opt_ind, char **opt_arg)
{
	char letter = '\0';
	char *arg;

	if (scan_argv != argv || scan_cursor.ind + 1 != *opt_ind)
		scan_cursor = (struct opt_cursor){ *opt_ind - 1, 0 };
	scan_argv = argv;
	/* args is argv without the utility's name. */
	enum opt_result r = opt_scan(&scan_cursor, argv + 1, argc - 1,
		optstring, &letter, &arg);
	*opt_ind = (int)scan_cursor.ind + 1;
	switch (r) {
	case OPT_END:
		scan_argv = NULL;
		return 0;
	case OPT_UNKNOWN:
		sh_error(argv[0], "-%c: invalid option", letter);
		return '?';
	case OPT_NO_ARG:
		sh_error(argv[0], "-%c: option requires an argument", letter);
		return '?';
	case OPT_FOUND:
		break;
	}
	if (arg != NULL)
		*opt_arg = arg;
	return letter;
}

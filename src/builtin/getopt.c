/* builtin_getopt: the option scanner for builtins (not the getopts
 * builtin, which is getopts.c).
 *
 * The interface only carries *opt_ind, so the position inside a group of
 * letters ("-abc") is kept here.  It is trusted only while the caller is
 * still on the same argv and the same *opt_ind as the call that left it;
 * any other call starts at the beginning of argv[*opt_ind].  Builtins scan
 * all their options before they run any shell code, so no two scans are
 * ever interleaved. */
#include "config.h"

#include "builtin/builtin.h"

#include <string.h>

#include "util/error.h"

static char **group_argv;
static int group_optind;
static const char *group_next;	/* next letter of the group, or NULL */

int builtin_getopt(int argc, char **argv, const char *optstring,
	int *opt_ind, char **opt_arg)
{
	const char *p;
	const char *spec;
	char c;

	if (group_next != NULL && group_argv == argv && group_optind == *opt_ind
	    && *opt_ind < argc) {
		p = group_next;
	} else {
		const char *arg;

		group_next = NULL;
		if (*opt_ind >= argc)
			return 0;
		arg = argv[*opt_ind];
		if (arg == NULL || arg[0] != '-' || arg[1] == '\0')
			return 0;
		if (strcmp(arg, "--") == 0) {
			(*opt_ind)++;
			return 0;
		}
		p = arg + 1;
	}

	c = *p++;
	group_next = NULL;
	spec = c != ':' ? strchr(optstring, c) : NULL;
	if (spec == NULL) {
		sh_error(argv[0], "-%c: invalid option", c);
		if (*p == '\0') {
			(*opt_ind)++;
		} else {
			group_argv = argv;
			group_optind = *opt_ind;
			group_next = p;
		}
		return '?';
	}
	if (spec[1] == ':') {
		if (*p != '\0') {
			*opt_arg = (char *)p;
			(*opt_ind)++;
		} else if (*opt_ind + 1 < argc) {
			*opt_arg = argv[*opt_ind + 1];
			*opt_ind += 2;
		} else {
			sh_error(argv[0], "-%c: option requires an argument",
				c);
			(*opt_ind)++;
			return '?';
		}
		return c;
	}
	if (*p == '\0') {
		(*opt_ind)++;
	} else {
		group_argv = argv;
		group_optind = *opt_ind;
		group_next = p;
	}
	return c;
}

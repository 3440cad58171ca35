/* builtin [--] name [arg...]: runs the builtin name even where a function
 * of that name hides it (a function "cd" that calls "builtin cd").  Not in
 * POSIX, which leaves the name unspecified (XCU 2.9.1.1), but bash, mksh,
 * ksh and zsh have it and wrappers rely on it.  A special builtin run this
 * way loses its special properties, as through "command".  (The file is
 * not builtin.c: that name holds the table.) */
#include "config.h"

#include "builtin/builtin.h"

#include "exec/exec.h"
#include "shell.h"
#include "util/error.h"

int builtin_builtin(struct shell *sh, int argc, char **argv)
{
	char *opt_arg = NULL;
	int opt_ind = 1;
	int c;

	while ((c = builtin_getopt(argc, argv, "", &opt_ind, &opt_arg)) != 0)
		if (c == '?')
			return 2;
	if (opt_ind >= argc)
		return 0;
	if (builtin_find(argv[opt_ind]) == NULL) {
		sh_error(argv[0], "%s: not a shell builtin", argv[opt_ind]);
		return 1;
	}
	/* Without functions the lookup finds the builtin itself. */
	enum flow flow = exec_argv(sh, argc - opt_ind, argv + opt_ind, false);
	if (flow != FLOW_NEXT)
		sh->flow = flow;
	return sh->status;
}

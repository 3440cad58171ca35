/* exit [n]: asks the executor to leave the shell (or the subshell).  The
 * EXIT trap and the process exit happen in the executor / shell_exit, not
 * here: a builtin never ends the process itself. */
#include "config.h"

#include "builtin/builtin.h"

#include "shell.h"
#include "util/error.h"

int builtin_exit(struct shell *sh, int argc, char **argv)
{
	long n;

	sh->flow = FLOW_EXIT;
	if (argc < 2) {
		/* sh->status is still $? of the last command (or, in a trap
		 * action, the status from before the trap: the trap module
		 * keeps it there). */
		return sh->status;
	}
	if (!builtin_parse_long(argv[1], &n)) {
		/* Still exit: a script that asked to stop must not carry on
		 * because of a typo in the status. */
		sh_error(argv[0], "%s: bad number", argv[1]);
		sh->status = 2;
		return 2;
	}
	sh->status = (int)(n & 255);
	return sh->status;
}

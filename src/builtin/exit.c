/* exit [n]: asks the executor to leave the shell (or the subshell).  The
 * EXIT trap and the process exit happen in the executor / shell_exit, not
 * here: a builtin never ends the process itself. */
#include "config.h"

#include <limits.h>

#include "builtin/builtin.h"
#include "job/job.h"

#include "shell.h"
#include "sig/trap.h"
#include "util/error.h"

int builtin_exit(struct shell *sh, int argc, char **argv)
{
	long n;

	/* An interactive user who forgot a stopped job hears of it once;
	 * the second exit leaves (and the jobs get SIGHUP, SIGCONT). */
	if (shell_is_interactive(sh) && !sh->stopped_jobs_warned
	    && jobs_any_stopped(sh)) {
		sh_error(NULL, "there are stopped jobs");
		sh->stopped_jobs_warned = true;
		sh->warned_now = true;
		return 1;
	}
	sh->flow = FLOW_EXIT;
	if (argc < 2) {
		/* In a trap action, "the last command" is the one before the
		 * trap (XCU exit), not the last one of the action. */
		if (trap_is_running(sh))
			sh->status = trap_saved_status(sh);
		return sh->status;
	}
	if (!builtin_parse_long(argv[1], &n) || n < INT_MIN || n > INT_MAX) {
		/* Still exit: a script that asked to stop must not carry on
		 * because of a typo in the status. */
		sh_error(argv[0], "%s: bad number", argv[1]);
		sh->status = 2;
		return 2;
	}
	sh->status = (int)(n & 255);
	return sh->status;
}

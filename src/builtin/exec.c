/* exec [command [arg...]]: replace the shell.  With no command the
 * executor makes the redirections permanent (exec/simple.c). */
#include <string.h>

#include "builtin/builtin.h"
#include "exec/exec.h"
#include "shell.h"

int builtin_exec(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc)
		return 0;
	int status = exec_external(sh, argv + i, NULL);
	/* XCU exec: a non-interactive shell that cannot exec leaves. */
	if (!shell_is_interactive(sh))
		sh->flow = FLOW_EXIT;
	return status;
}

/* exec [command [arg...]]: replace the shell.  With no command the
 * redirections become permanent: sh->keep_redirs tells the executor
 * (exec/simple.c), which is the one that holds them.  An
 * interactive shell writes its history first. */
#include <string.h>

#include "builtin/builtin.h"
#include "exec/exec.h"
#include "input/rl.h"
#include "shell.h"

int builtin_exec(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc) {
		sh->keep_redirs = true;
		return 0;
	}
	/* The process is about to be replaced: nothing else writes the
	 * history of an interactive shell after this.  If the exec fails
	 * the shell goes on, and the history is written again at the end. */
	if (shell_is_interactive(sh))
		rl_history_save(sh);
	int status = exec_external(sh, argv + i, NULL);
	/* XCU exec: a non-interactive shell that cannot exec leaves. */
	if (!shell_is_interactive(sh))
		sh->flow = FLOW_EXIT;
	return status;
}

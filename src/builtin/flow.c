/* break, continue and return: they only record the request in sh->flow;
 * the loops, function calls and dot scripts of the executor consume it.
 * A bad operand is an error of a special built-in (XCU 2.8.1): the
 * executor ends a non-interactive shell on their non-zero status. */
#include "config.h"

#include <limits.h>

#include "builtin/builtin.h"

#include "shell.h"
#include "util/error.h"

/* break/continue [n]: n >= 1, and at most the loops actually open. */
static int loop_flow(struct shell *sh, int argc, char **argv, enum flow flow)
{
	long n = 1;

	if (argc > 1 && (!builtin_parse_long(argv[1], &n) || n < 1)) {
		sh_error(argv[0], "%s: bad number", argv[1]);
		return 2;
	}
	if (sh->loop_depth == 0)
		return 0;	/* as dash: outside a loop it does nothing */
	sh->flow = flow;
	sh->flow_count = n < sh->loop_depth ? (int)n : sh->loop_depth;
	return 0;
}

int builtin_break(struct shell *sh, int argc, char **argv)
{
	return loop_flow(sh, argc, argv, FLOW_BREAK);
}

int builtin_continue(struct shell *sh, int argc, char **argv)
{
	return loop_flow(sh, argc, argv, FLOW_CONTINUE);
}

int builtin_return(struct shell *sh, int argc, char **argv)
{
	long n;

	bool top = sh->func_depth == 0 && sh->dot_depth == 0;
	if (top && shell_is_interactive(sh)) {
		/* Leaving the user's shell on a stray return helps nobody
		 * (bash refuses it too). */
		sh_error(argv[0], "not in a function");
		return 1;
	}
	if (argc < 2) {
		n = sh->status;
	} else if (!builtin_parse_long(argv[1], &n) || n < INT_MIN || n > INT_MAX) {
		/* Beyond an int no shell agrees on a value: silently
		 * keeping the low bits would turn an error into success. */
		sh_error(argv[0], "%s: bad number", argv[1]);
		/* An error of a special built-in: the executor ends a
		 * script on it (as dash does).  At the prompt the
		 * function still returns. */
		if (!shell_is_interactive(sh))
			return 2;
		n = 2;
	}
	/* Outside a function or dot script POSIX leaves return
	 * unspecified; dash and mksh end the script (or subshell) as exit
	 * would, and a script must not run on past a return meant to stop
	 * it. */
	sh->flow = top ? FLOW_EXIT : FLOW_RETURN;
	sh->status = (int)(n & 255);
	return sh->status;
}

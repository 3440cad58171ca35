/* break, continue and return: they only record the request in sh->flow;
 * the loops, function calls and dot scripts of the executor consume it. */
#include "config.h"

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

	if (sh->func_depth == 0 && sh->dot_depth == 0) {
		sh_error(argv[0], "not in a function");
		return 1;
	}
	if (argc < 2) {
		n = sh->status;
	} else if (!builtin_parse_long(argv[1], &n)) {
		sh_error(argv[0], "%s: bad number", argv[1]);
		n = 2;
	}
	sh->flow = FLOW_RETURN;
	sh->status = (int)(n & 255);
	return sh->status;
}

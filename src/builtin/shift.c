/* shift [n]: drops the first n positional parameters. */
#include "config.h"

#include "builtin/builtin.h"

#include "shell.h"
#include "util/error.h"
#include "var/var.h"

int builtin_shift(struct shell *sh, int argc, char **argv)
{
	long n = 1;
	char **rest;

	if (argc > 1 && (!builtin_parse_long(argv[1], &n) || n < 0)) {
		sh_error(argv[0], "%s: bad number", argv[1]);
		return 2;
	}
	if ((size_t)n > sh->nparams) {
		sh_error(argv[0], "can't shift that many");
		return 1;
	}
	if (n == 0)
		return 0;
	/* shell_set_params may free the old array before it copies the new
	 * one, so never hand it a pointer into sh->params. */
	rest = strv_dup(sh->params + n);
	shell_set_params(sh, rest, sh->nparams - (size_t)n);
	strv_free(rest);
	return 0;
}

/* local [-] [name[=value]...]: variables of the running function call,
 * with dynamic scope (the function's callees see them), put back as they
 * were when the call returns.  Not in POSIX, but every peer shell but posh
 * has it and scripts rely on it.  A name without a value starts unset, as
 * in bash and mksh; dash keeps the outer value there.  "local -" saves the
 * options (set -e, -x ...) and restores them at the return, as in dash.
 * A value for a readonly name ends the shell as an assignment would. */
#include "config.h"

#include "builtin/builtin.h"

#include <stdlib.h>
#include <string.h>

#include "shell.h"
#include "util/error.h"
#include "util/xalloc.h"
#include "var/var.h"

int builtin_local(struct shell *sh, int argc, char **argv)
{
	int status = 0;

	if (sh->func_depth == 0 || sh->local_opts == NULL) {
		sh_error(argv[0], "not in a function");
		return 1;
	}
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		const char *value;
		char *name;

		if (strcmp(arg, "-") == 0) {
			if (*sh->local_opts == NULL) {
				*sh->local_opts = xmalloc(sizeof sh->opts);
				memcpy(*sh->local_opts, sh->opts, sizeof sh->opts);
			}
			continue;
		}
		if (!builtin_split_decl(argv[0], arg, &name, &value)) {
			status = 1;
			continue;
		}
		if (!var_make_local(sh->vars, name, value)) {
			sh_error(argv[0], "%s: readonly variable", name);
			status = 1;
			if (value != NULL) {
				/* A value for a readonly name is an assignment
				 * error, fatal as "y=1" is (XCU 2.8.1), as in
				 * dash; bash and mksh go on. */
				free(name);
				sh->flow = shell_is_interactive(sh)
					? FLOW_INTERRUPT : FLOW_EXIT;
				sh->status = 2;
				return 2;
			}
		} else if (sh->opts[OPT_ALLEXPORT] && value != NULL) {
			var_set(sh->vars, name, NULL, VAR_EXPORT);
		}
		free(name);
	}
	return status;
}

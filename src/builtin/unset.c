/* unset [-f|-v] name...: variables by default (-v), functions with -f.
 * A name that is not set is not an error (XCU unset). */
#include "config.h"

#include "builtin/builtin.h"

#include "parse/parser.h"
#include "shell.h"
#include "util/error.h"
#include "var/var.h"

int builtin_unset(struct shell *sh, int argc, char **argv)
{
	char *opt_arg = NULL;
	int opt_ind = 1;
	bool functions = false;
	int status = 0;
	int c;

	while ((c = builtin_getopt(argc, argv, "fv", &opt_ind, &opt_arg)) != 0) {
		if (c == '?')
			return 2;
		functions = c == 'f';
	}
	for (; opt_ind < argc; opt_ind++) {
		const char *name = argv[opt_ind];

		if (functions) {
			shell_unset_function(sh, name);
			continue;
		}
		if (!is_name(name)) {
			sh_error(argv[0], "%s: bad variable name", name);
			status = 1;
		} else if (!var_unset(sh->vars, name)) {
			sh_error(argv[0], "%s: readonly variable", name);
			status = 1;
		}
	}
	return status;
}

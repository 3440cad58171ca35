/* export and readonly: one implementation, which differs only in the
 * variable flag it adds and the word it prints.  The listing re-reads as
 * input: "export NAME='value'", or "export NAME" for a variable that is
 * marked but unset. */
#include "config.h"

#include "builtin/builtin.h"

#include <stdlib.h>
#include <string.h>

#include "shell.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "var/var.h"

static int mark_list(struct shell *sh, const char *name, unsigned flag)
{
	struct strbuf out = STRBUF_INIT;
	struct var **all;
	size_t n, i;
	bool ok;

	shell_sync_last_arg(sh);
	all = vars_sorted(sh->vars, &n);
	for (i = 0; i < n; i++) {
		if (!(all[i]->flags & flag))
			continue;
		strbuf_appendf(&out, "%s %s", name, all[i]->name);
		if (all[i]->value != NULL) {
			strbuf_appendc(&out, '=');
			shell_quote(&out, all[i]->value);
		}
		strbuf_appendc(&out, '\n');
	}
	free(all);
	ok = builtin_flush(name, &out);
	strbuf_free(&out);
	return ok ? 0 : 1;
}

/* export/readonly [-p] [name[=value]...] */
static int mark_vars(struct shell *sh, int argc, char **argv, unsigned flag)
{
	char *opt_arg = NULL;
	int opt_ind = 1;
	int status = 0;
	int c;

	while ((c = builtin_getopt(argc, argv, "p", &opt_ind, &opt_arg)) != 0)
		if (c == '?')
			return 2;
	if (opt_ind >= argc)
		return mark_list(sh, argv[0], flag);

	for (; opt_ind < argc; opt_ind++) {
		const char *value;
		char *name;

		if (!builtin_split_decl(argv[0], argv[opt_ind], &name, &value)) {
			status = 1;
			continue;
		}
		if (!var_set(sh->vars, name, value, flag)) {
			sh_error(name, "readonly variable");
			status = 1;
		}
		free(name);
	}
	return status;
}

int builtin_export(struct shell *sh, int argc, char **argv)
{
	return mark_vars(sh, argc, argv, VAR_EXPORT);
}

int builtin_readonly(struct shell *sh, int argc, char **argv)
{
	return mark_vars(sh, argc, argv, VAR_READONLY);
}

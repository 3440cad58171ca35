/* alias [name[=value]...] and unalias [-a] name...: the shell's alias
 * table (src/parse/alias.h), which the lexer reads as each command is
 * read.  Listings are sorted and single-quoted so that they read back as
 * input (XCU alias). */
#include "config.h"

#include "builtin/builtin.h"

#include <stdlib.h>
#include <string.h>

#include "parse/alias.h"
#include "shell.h"
#include "util/error.h"
#include "util/strbuf.h"

/* name='value', with each ' of value written '\'' */
static void print_alias(struct strbuf *out, const char *name,
	const char *value)
{
	strbuf_append(out, name);
	strbuf_appendc(out, '=');
	strbuf_append_squoted(out, value);
	strbuf_appendc(out, '\n');
}

int builtin_alias(struct shell *sh, int argc, char **argv)
{
	struct strbuf out = STRBUF_INIT;
	int status = 0;
	int i = 1;

	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i == argc) {
		const char **names = alias_table_list(sh->aliases);
		for (size_t k = 0; names[k]; k++)
			print_alias(&out, names[k],
				alias_table_get(sh->aliases, names[k]));
		free(names);
	}
	for (; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		if (eq == NULL) {
			const char *value = alias_table_get(sh->aliases, argv[i]);
			if (value) {
				print_alias(&out, argv[i], value);
			} else {
				sh_error(argv[0], "%s: not found", argv[i]);
				status = 1;
			}
			continue;
		}
		*eq = '\0';
		if (alias_is_valid_name(argv[i])) {
			alias_table_set(sh->aliases, argv[i], eq + 1);
		} else {
			sh_error(argv[0], "%s: invalid alias name", argv[i]);
			status = 1;
		}
		*eq = '=';
	}
	if (!builtin_flush(argv[0], &out))
		status = 1;
	strbuf_free(&out);
	return status;
}

int builtin_unalias(struct shell *sh, int argc, char **argv)
{
	char *opt_arg = NULL;
	int opt_ind = 1;
	bool all = false;
	int status = 0;
	int c;

	while ((c = builtin_getopt(argc, argv, "a", &opt_ind, &opt_arg)) != 0) {
		if (c == '?')
			return 2;
		all = true;
	}
	if (all) {
		alias_table_clear(sh->aliases);
		return 0;
	}
	if (opt_ind == argc) {
		sh_error(argv[0], "usage: unalias [-a] name...");
		return 2;
	}
	for (; opt_ind < argc; opt_ind++) {
		if (!alias_table_remove(sh->aliases, argv[opt_ind])) {
			sh_error(argv[0], "%s: not found", argv[opt_ind]);
			status = 1;
		}
	}
	return status;
}

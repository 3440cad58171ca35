/* hash [-r] [name...]: the command path cache (XCU hash).  Without
 * operands it lists the cached paths, sorted by command name. */
#include "config.h"

#include "builtin/builtin.h"

#include <stdlib.h>
#include <string.h>

#include "exec/path.h"
#include "shell.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/var.h"

static int entry_cmp(const void *a, const void *b)
{
	const struct hash_entry *x = *(const struct hash_entry *const *)a;
	const struct hash_entry *y = *(const struct hash_entry *const *)b;

	return strcmp(x->key, y->key);
}

static int hash_list(struct shell *sh, const char *who)
{
	struct strbuf out = STRBUF_INIT;
	struct hash_entry **all;
	struct hash_entry *e;
	size_t pos = 0, n = 0, i;
	bool ok;

	/* A cache filled under another PATH is stale: path_lookup will
	 * drop it, so it is not worth showing. */
	if (sh->cmd_cache_gen != vars_path_generation(sh->vars))
		return 0;
	all = xcalloc(sh->cmd_cache.len + 1, sizeof *all);
	while (n < sh->cmd_cache.len
	       && (e = hash_next(&sh->cmd_cache, &pos)) != NULL)
		all[n++] = e;
	qsort(all, n, sizeof *all, entry_cmp);
	for (i = 0; i < n; i++) {
		if (all[i]->value == NULL)
			continue;
		strbuf_append(&out, (const char *)all[i]->value);
		strbuf_appendc(&out, '\n');
	}
	free(all);
	ok = builtin_flush(who, &out);
	strbuf_free(&out);
	return ok ? 0 : 1;
}

int builtin_hash(struct shell *sh, int argc, char **argv)
{
	char *opt_arg = NULL;
	int opt_ind = 1;
	bool cleared = false;
	int status = 0;
	int c;

	while ((c = builtin_getopt(argc, argv, "r", &opt_ind, &opt_arg)) != 0) {
		if (c == '?')
			return 2;
		path_cache_clear(sh);
		cleared = true;
	}
	if (opt_ind >= argc) {
		/* "hash -r" alone only clears. */
		return cleared ? 0 : hash_list(sh, argv[0]);
	}
	for (; opt_ind < argc; opt_ind++) {
		const char *name = argv[opt_ind];

		/* Builtins, functions and paths are not searched. */
		if (strchr(name, '/') != NULL || builtin_find(name) != NULL
		    || shell_find_function(sh, name) != NULL)
			continue;
		if (path_lookup(sh, name, NULL) == NULL) {
			sh_error(argv[0], "%s: not found", name);
			status = 1;
		}
	}
	return status;
}

/* Command search (XCU 2.9.1.1), with a cache of found paths that is
 * dropped whenever PATH changes. */
#include "exec/path.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "shell.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/var.h"

void path_cache_clear(struct shell *sh)
{
	size_t pos = 0;
	struct hash_entry *e;
	while ((e = hash_next(&sh->cmd_cache, &pos)))
		free(e->value);
	hash_destroy(&sh->cmd_cache);
	hash_init(&sh->cmd_cache);
}

static bool is_executable_file(const char *path, bool *noexec)
{
	struct stat st;
	if (stat(path, &st) < 0 || S_ISDIR(st.st_mode))
		return false;
	if (access(path, X_OK) == 0)
		return true;
	if (noexec)
		*noexec = true;
	return false;
}

const char *path_lookup(struct shell *sh, const char *name, bool *found_noexec)
{
	if (found_noexec)
		*found_noexec = false;
	unsigned long gen = vars_path_generation(sh->vars);
	if (gen != sh->cmd_cache_gen) {
		path_cache_clear(sh);
		sh->cmd_cache_gen = gen;
	}
	char *cached = hash_get(&sh->cmd_cache, name);
	if (cached) {
		/* A remembered command that has gone is searched for again:
		 * one access(2), much cheaper than the fork it saves from
		 * failing. */
		if (access(cached, X_OK) == 0)
			return cached;
		free(hash_del(&sh->cmd_cache, name));
	}
	if (!*name)
		return NULL;
	const char *path = var_get(sh->vars, "PATH");
	if (!path)
		path = "/usr/local/bin:/usr/bin:/bin";
	struct strbuf sb = STRBUF_INIT;
	const char *p = path;
	for (;;) {
		const char *colon = strchr(p, ':');
		size_t len = colon ? (size_t)(colon - p) : strlen(p);
		strbuf_reset(&sb);
		/* An empty entry means the current directory. */
		if (len == 0)
			strbuf_append(&sb, ".");
		else
			strbuf_appendn(&sb, p, len);
		strbuf_appendc(&sb, '/');
		strbuf_append(&sb, name);
		if (is_executable_file(sb.data, found_noexec)) {
			char *found = strbuf_finish(&sb);
			hash_put(&sh->cmd_cache, name, found);
			return found;
		}
		if (!colon)
			break;
		p = colon + 1;
	}
	strbuf_free(&sb);
	return NULL;
}

/* Tab completion for the interactive shell.
 *
 * readline asks for completions of the word before the cursor; what makes
 * sense depends on where that word stands: a command name (builtins,
 * functions, reserved words, executables on PATH) at the start of a
 * command, a variable name after '$', a job spec after '%', a file name
 * anywhere else (readline's own file-name completion).
 *
 * readline's generator functions take no context: the shell and the
 * candidates of the completion in progress live in file statics, as
 * readline's own completion state does. */
#include "input/rl.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <readline/readline.h>

#include "builtin/builtin.h"
#include "job/job.h"
#include "shell.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/var.h"

static struct shell *comp_sh;

/* The candidates of the completion in progress, gathered when readline
 * asks for the first match, handed out one by one after. */
static char **cands;
static size_t ncands, cands_cap, cand_next;

static void cands_clear(void)
{
	for (size_t i = 0; i < ncands; i++)
		free(cands[i]);
	free(cands);
	cands = NULL;
	ncands = cands_cap = cand_next = 0;
}

static void cand_add(char *s)
{
	if (ncands == cands_cap) {
		cands_cap = cands_cap ? cands_cap * 2 : 64;
		cands = xrealloc(cands, cands_cap * sizeof *cands);
	}
	cands[ncands++] = s;
}

/* Adds prefix + name if it starts with what the user typed. */
static void offer(const char *prefix, const char *name, const char *typed)
{
	size_t plen = strlen(prefix);
	if (strncmp(typed, prefix, plen) != 0)
		return;
	if (strncmp(name, typed + plen, strlen(typed + plen)) != 0)
		return;
	struct strbuf sb = STRBUF_INIT;
	strbuf_append(&sb, prefix);
	strbuf_append(&sb, name);
	cand_add(strbuf_finish(&sb));
}

static char *next_cand(const char *text, int state)
{
	(void)text;
	(void)state;
	if (cand_next < ncands) {
		/* readline takes ownership of each match. */
		char *s = cands[cand_next];
		cands[cand_next++] = NULL;
		return s;
	}
	return NULL;
}

static const char *const reserved[] = {
	"!", "case", "do", "done", "elif", "else", "esac", "fi", "for", "if",
	"in", "then", "until", "while", NULL,
};

static void gather_path(const char *typed)
{
	const char *path = var_get(comp_sh->vars, "PATH");
	if (!path)
		return;
	size_t tlen = strlen(typed);
	char *copy = xstrdup(path);
	char *save = NULL;
	for (char *dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		DIR *d = opendir(*dir ? dir : ".");
		if (!d)
			continue;
		struct dirent *e;
		while ((e = readdir(d))) {
			if (e->d_name[0] == '.' && typed[0] != '.')
				continue;
			if (strncmp(e->d_name, typed, tlen) != 0)
				continue;
			struct strbuf full = STRBUF_INIT;
			strbuf_append(&full, *dir ? dir : ".");
			strbuf_appendc(&full, '/');
			strbuf_append(&full, e->d_name);
			struct stat st;
			if (stat(full.data, &st) == 0 && S_ISREG(st.st_mode)
			    && access(full.data, X_OK) == 0)
				cand_add(xstrdup(e->d_name));
			strbuf_free(&full);
		}
		closedir(d);
	}
	free(copy);
}

static void gather_commands(const char *typed)
{
	for (const struct builtin *b = builtin_table; b->name; b++)
		offer("", b->name, typed);
	for (size_t i = 0; reserved[i]; i++)
		offer("", reserved[i], typed);
	size_t pos = 0;
	struct hash_entry *e;
	while ((e = hash_next(&comp_sh->functions, &pos)))
		offer("", e->key, typed);
	gather_path(typed);
}

static void gather_variables(const char *typed)
{
	const char *prefix = strncmp(typed, "${", 2) == 0 ? "${" : "$";
	size_t n;
	struct var **v = vars_sorted(comp_sh->vars, &n);
	for (size_t i = 0; i < n; i++)
		if (v[i]->value)
			offer(prefix, v[i]->name, typed);
	free(v);
}

static void gather_jobs(const char *typed)
{
	struct job **v;
	size_t n = jobs_list(comp_sh, &v);
	for (size_t i = 0; i < n; i++) {
		char id[24];
		snprintf(id, sizeof id, "%d", v[i]->id);
		offer("%", id, typed);
		/* %name: the command's first word. */
		size_t len = strcspn(v[i]->text, " \t|;&");
		char *word = xmalloc(len + 1);
		memcpy(word, v[i]->text, len);
		word[len] = '\0';
		if (len)
			offer("%", word, typed);
		free(word);
	}
	free(v);
}

/* True if the word starting at start is in command position: first in the
 * line, or after an operator or a reserved word that starts a command. */
static bool in_command_position(int start)
{
	int i = start;
	while (i > 0 && (rl_line_buffer[i - 1] == ' ' || rl_line_buffer[i - 1] == '\t'))
		i--;
	if (i == 0)
		return true;
	char c = rl_line_buffer[i - 1];
	if (strchr(";|&(`\n", c))
		return true;
	int end = i;
	while (i > 0 && !strchr(" \t;|&(`", rl_line_buffer[i - 1]))
		i--;
	static const char *const starters[] = {
		"then", "do", "else", "elif", "if", "while", "until", "!", "{",
		"time", NULL,
	};
	for (size_t k = 0; starters[k]; k++)
		if ((size_t)(end - i) == strlen(starters[k])
		    && strncmp(rl_line_buffer + i, starters[k], (size_t)(end - i)) == 0)
			return true;
	return false;
}

static char **attempt(const char *text, int start, int end)
{
	(void)end;
	cands_clear();
	if (text[0] == '$')
		gather_variables(text);
	else if (text[0] == '%')
		gather_jobs(text);
	else if (!strchr(text, '/') && in_command_position(start))
		gather_commands(text);
	else
		return NULL;	/* readline completes a file name */
	rl_attempted_completion_over = 1;
	if (text[0] == '$' || text[0] == '%')
		rl_completion_append_character = '\0';
	char **m = rl_completion_matches(text, next_cand);
	cands_clear();
	return m;
}

void complete_init(struct shell *sh)
{
	comp_sh = sh;
	rl_attempted_completion_function = attempt;
	/* '$', '{' and '%' do not break words: "$HO" and "%1" reach the
	 * completer whole. */
	rl_completer_word_break_characters = " \t\n\"'`@><=;|&(";
}

void complete_fini(void)
{
	cands_clear();
	rl_attempted_completion_function = NULL;
	comp_sh = NULL;
}

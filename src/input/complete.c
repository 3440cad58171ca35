/* Tab completion for the interactive shell.
 *
 * readline asks for completions of the word before the cursor; what makes
 * sense depends on where that word stands: a command name (builtins,
 * functions, reserved words, executables on PATH) at the start of a
 * command, a variable name after '$', a job spec after '%', a file name
 * anywhere else (readline's own file-name completion).
 *
 * What readline inserts is quoted as the shell reads it back: a name with
 * characters special to the shell gets backslashes in an unquoted word,
 * and inside an opened "..." or '...' the quoting goes on in that style
 * (readline's filename quoting hooks, which also dequote the typed word
 * before it is matched: my\ f finds "my file").  Variable names are not
 * quoted: the '$' is what the user typed to get an expansion.
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
#include <readline/tilde.h>

#include "builtin/builtin.h"
#include "job/job.h"
#include "shell.h"
#include "util/strbuf.h"
#include "util/xalloc.h"
#include "var/var.h"

static struct shell *comp_sh;

/* The word being completed began with a '~' that was not quoted: a name
 * that begins with '~' is then a tilde prefix the user typed and keeps
 * its meaning; otherwise such a name is a file's and its '~' is quoted. */
static bool typed_tilde;

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

/* Characters that make a name need quoting in an unquoted word; '~' only
 * at its start (see complete_quote).  readline is told the same set, plus
 * '~', so that it asks complete_quote whenever one appears. */
#define SPECIAL_CHARS " \t\n\\\"'`$&;|<>()*?[]#={}!"

char *complete_quote(const char *name, char quote, bool close, bool tilde_literal)
{
	struct strbuf sb = STRBUF_INIT;
	/* A backslash before a newline is a line continuation, not a
	 * quoted newline: such a name goes in single quotes. */
	if (quote == '\0' && strchr(name, '\n'))
		quote = '\'';
	if (quote == '\'') {
		strbuf_appendc(&sb, '\'');
		for (const char *p = name; *p; p++) {
			if (*p == '\'')
				strbuf_append(&sb, "'\\''");
			else
				strbuf_appendc(&sb, *p);
		}
		if (close)
			strbuf_appendc(&sb, '\'');
	} else if (quote == '"') {
		strbuf_appendc(&sb, '"');
		for (const char *p = name; *p; p++) {
			if (strchr("$`\"\\", *p))
				strbuf_appendc(&sb, '\\');
			strbuf_appendc(&sb, *p);
		}
		if (close)
			strbuf_appendc(&sb, '"');
	} else {
		for (const char *p = name; *p; p++) {
			if (strchr(SPECIAL_CHARS, *p)
			    || (*p == '~' && p == name && tilde_literal))
				strbuf_appendc(&sb, '\\');
			strbuf_appendc(&sb, *p);
		}
	}
	return strbuf_finish(&sb);
}

char *complete_dequote(const char *text, char quote)
{
	struct strbuf sb = STRBUF_INIT;
	char q = quote == '"' || quote == '\'' ? quote : '\0';
	for (const char *p = text; *p; p++) {
		if (q == '\'') {
			if (*p == '\'')
				q = '\0';
			else
				strbuf_appendc(&sb, *p);
		} else if (*p == '\\') {
			if (!p[1])
				break;	/* a backslash still waiting for its char */
			/* Inside "..." a backslash quotes only $ ` " \ and
			 * newline; before anything else it is itself. */
			if (q == '"' && !strchr("$`\"\\\n", p[1])) {
				strbuf_appendc(&sb, '\\');
				continue;
			}
			p++;
			if (*p != '\n')	/* backslash-newline: a continuation */
				strbuf_appendc(&sb, *p);
		} else if (q == '"') {
			if (*p == '"')
				q = '\0';
			else
				strbuf_appendc(&sb, *p);
		} else if (*p == '\'' || *p == '"') {
			q = *p;
		} else {
			strbuf_appendc(&sb, *p);
		}
	}
	return strbuf_finish(&sb);
}

bool complete_is_quoted(const char *line, size_t index)
{
	char q = '\0';
	for (size_t i = 0; i < index; i++) {
		char c = line[i];
		if (!c)
			return false;
		if (q == '\'') {
			if (c == '\'')
				q = '\0';
		} else if (c == '\\') {
			if (i + 1 == index)
				return true;
			if (line[i + 1])
				i++;
		} else if (q == '"') {
			if (c == '"')
				q = '\0';
		} else if (c == '\'' || c == '"') {
			q = c;
		}
	}
	/* Inside quotes, and the quote characters themselves: "a b"c is
	 * one word to complete, not c. */
	return q != '\0' || line[index] == '\'' || line[index] == '"';
}

/* True if name, as the file name readline completed (~ expanded), is a
 * directory: readline then appends a '/' and the quote stays open. */
static bool names_directory(const char *name)
{
	char *file = tilde_expand(name);
	struct stat st;
	bool dir = stat(file, &st) == 0 && S_ISDIR(st.st_mode);
	free(file);
	return dir;
}

/* rl_filename_quoting_function: match is a whole match (SINGLE_MATCH)
 * or the common prefix of several (MULT_MATCH), unquoted; *qcp is the
 * quote opened before the word, if any.  readline replaces the opening
 * quote with ours and adds no closing quote when ours ends with one. */
static char *quote_match(char *match, int mtype, char *qcp)
{
	char q = qcp && (*qcp == '"' || *qcp == '\'') ? *qcp : '\0';
	bool close = mtype == SINGLE_MATCH && !names_directory(match);
	return complete_quote(match, q, close, !typed_tilde);
}

static char *dequote_text(char *text, int quote)
{
	return complete_dequote(text, (char)quote);
}

static int char_is_quoted(char *line, int index)
{
	return index >= 0 && complete_is_quoted(line, (size_t)index);
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

/* $NAME, or ${NAME} closed: the brace is part of the candidate, so that a
 * single match comes out whole.  With one match, a value that names a
 * directory gets a '/' (and an opened "..." stays open, to go on with a
 * file name), anything else the closing quote and a space. */
static void gather_variables(const char *typed)
{
	bool brace = strncmp(typed, "${", 2) == 0;
	size_t n;
	struct var **v = vars_sorted(comp_sh->vars, &n);
	const char *value = NULL;
	for (size_t i = 0; i < n; i++) {
		if (!v[i]->value)
			continue;
		size_t before = ncands;
		if (brace) {
			struct strbuf name = STRBUF_INIT;
			strbuf_append(&name, v[i]->name);
			strbuf_appendc(&name, '}');
			offer("${", name.data, typed);
			strbuf_free(&name);
		} else {
			offer("$", v[i]->name, typed);
		}
		if (ncands > before)
			value = v[i]->value;
	}
	if (ncands == 1 && value) {
		struct stat st;
		if (*value && stat(value, &st) == 0 && S_ISDIR(st.st_mode)) {
			rl_completion_append_character = '/';
			rl_completion_suppress_quote = 1;
		}
	}
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
	char q = (char)rl_completion_quote_character;
	typed_tilde = q == '\0' && text[0] == '~';
	/* The word begins at its opening quote. */
	if (q && start > 0 && rl_line_buffer[start - 1] == q)
		start--;
	if (text[0] == '$' && q != '\'') {
		gather_variables(text);
	} else if (text[0] == '%') {
		gather_jobs(text);
		rl_completion_append_character = '\0';
		rl_completion_suppress_quote = 1;
	} else {
		char *word = rl_completion_found_quote ? complete_dequote(text, q) : xstrdup(text);
		bool command = !strchr(word, '/') && in_command_position(start);
		if (command)
			gather_commands(word);
		free(word);
		if (!command)
			return NULL;	/* readline completes a file name */
		/* Quoted like file names (readline asks quote_match),
		 * which they may be. */
		rl_filename_completion_desired = 1;
	}
	rl_attempted_completion_over = 1;
	char **m = rl_completion_matches(text, next_cand);
	cands_clear();
	return m;
}

void complete_init(struct shell *sh)
{
	comp_sh = sh;
	rl_attempted_completion_function = attempt;
	/* The shell's metacharacters end a word; '$', '{' and '%' do not:
	 * "$HO", "${HO" and "%1" reach the completer whole.  A break
	 * character that is quoted (char_is_quoted) does not count. */
	rl_completer_word_break_characters = " \t\n\"'`<>=;|&()";
	rl_completer_quote_characters = "'\"";
	rl_basic_quote_characters = "\"'";
	rl_filename_quote_characters = SPECIAL_CHARS "~";
	rl_filename_quoting_function = quote_match;
	rl_filename_dequoting_function = dequote_text;
	rl_char_is_quoted_p = char_is_quoted;
}

void complete_fini(void)
{
	cands_clear();
	rl_attempted_completion_function = NULL;
	rl_filename_quoting_function = NULL;
	rl_filename_dequoting_function = NULL;
	rl_char_is_quoted_p = NULL;
	comp_sh = NULL;
}

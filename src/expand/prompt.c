/* Prompt expansion (XCU 2.5.3 PS1).  The prompt is parsed as the body of
 * an unquoted here-document because that is exactly the expansion POSIX
 * asks for: the expansions without quote handling of '"' and '\'', and
 * no splitting or globbing, which expand_word_str never does. */
#include "expand/expand.h"

#include "parse/ast.h"
#include "parse/parser.h"
#include "shell.h"
#include "util/xalloc.h"

char *expand_prompt(struct shell *sh, const char *ps)
{
	struct word *w;
	struct program *prog = parse_heredoc_text(ps, &w);
	if (prog == NULL)
		return xstrdup(ps);
	/* A prompt is shown between commands (PS4: before one): what it
	 * runs must not change the status the next command sees as $?, nor
	 * count as a command substitution of that command ("x=1" alone
	 * takes the status of its last one). */
	int status = sh->status;
	unsigned long subs = sh->cmdsub_count;
	char *s = expand_word_str(sh, w, EXPAND_STR_HEREDOC);
	sh->status = status;
	sh->cmdsub_count = subs;
	program_unref(prog);
	return s ? s : xstrdup(ps);
}

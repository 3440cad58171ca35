/* eval [arg...]: runs its arguments, joined with spaces, as shell text.
 * eval is transparent to control flow: a break, continue, return or exit
 * inside the text acts on the commands around the eval. */
#include "config.h"

#include "builtin/builtin.h"

#include <string.h>

#include "input/input.h"
#include "shell.h"
#include "util/strbuf.h"

int builtin_eval(struct shell *sh, int argc, char **argv)
{
	struct strbuf text = STRBUF_INIT;
	struct input *in;
	enum flow flow;
	int i;

	/* "eval -- text": the "--" ends options, as for every utility
	 * (bash, mksh; dash would run a command named "--"). */
	i = argc > 1 && strcmp(argv[1], "--") == 0 ? 2 : 1;
	for (int first = i; i < argc; i++) {
		if (i > first)
			strbuf_appendc(&text, ' ');
		strbuf_append(&text, argv[i]);
	}
	/* No command at all gives status 0 (XCU eval); $? must not be reset
	 * before running real text, since the text may read it. */
	if (strspn(strbuf_str(&text), " \t\n") == text.len) {
		strbuf_free(&text);
		return 0;
	}
	strbuf_appendc(&text, '\n');
	in = input_from_string(strbuf_str(&text), "eval");
	strbuf_free(&text);
	flow = shell_run_input(sh, in);
	input_destroy(in);
	if (flow != FLOW_NEXT)
		sh->flow = flow;
	return sh->status;
}

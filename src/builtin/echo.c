/* echo [-neE] [arg...]: XSI echo, which decodes backslash escapes in
 * every argument (see builtin_escape) and ends the output at \c, with the
 * options bash, mksh and zsh accept, because scripts written for bash's sh
 * use them: -n leaves out the newline, -E turns the escapes off, -e turns
 * them on (the XSI ones are on by default) and adds bash's \e \x \u \U.  Leading arguments made only of those
 * letters after a '-' are options; the first other argument, "-" and "--"
 * included, starts the text (so "-ez" is text, as dash and mksh print it).
 * dash takes -n alone; a strictly XSI echo takes no option at all. */
#include "config.h"

#include "builtin/builtin.h"

#include <string.h>

#include "util/strbuf.h"

/* True if arg is a cluster of echo's option letters, like -n or -neE. */
static bool is_echo_option(const char *arg)
{
	return arg[0] == '-' && arg[1] != '\0'
		&& arg[1 + strspn(arg + 1, "neE")] == '\0';
}

int builtin_echo(struct shell *sh, int argc, char **argv)
{
	struct strbuf out = STRBUF_INIT;
	bool newline = true;
	bool escapes = true;
	bool extended = false;	/* -e given */
	bool ok;
	int i = 1;

	(void)sh;
	for (; i < argc && is_echo_option(argv[i]); i++) {
		const char *p;

		for (p = argv[i] + 1; *p != '\0'; p++) {
			if (*p == 'n')
				newline = false;
			else
				escapes = extended = *p == 'e';
		}
	}
	for (; i < argc; i++) {
		if (!escapes)
			strbuf_append(&out, argv[i]);
		else if (!builtin_escape(&out, argv[i],
				extended ? ESCAPE_ECHO_E : ESCAPE_ECHO)) {
			newline = false;
			break;
		}
		if (i + 1 < argc)
			strbuf_appendc(&out, ' ');
	}
	if (newline)
		strbuf_appendc(&out, '\n');
	ok = builtin_flush(argv[0], &out);
	strbuf_free(&out);
	return ok ? 0 : 1;
}

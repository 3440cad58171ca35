/* echo [-n] [arg...]: dash's (XSI) echo.  Only a first argument of exactly
 * "-n" is an option; every argument is scanned for backslash escapes (see
 * builtin_escape), and \c ends the output without the newline. */
#include "config.h"

#include "builtin/builtin.h"

#include <string.h>

#include "util/strbuf.h"

int builtin_echo(struct shell *sh, int argc, char **argv)
{
	struct strbuf out = STRBUF_INIT;
	bool newline = true;
	bool ok;
	int i = 1;

	(void)sh;
	if (i < argc && strcmp(argv[i], "-n") == 0) {
		newline = false;
		i++;
	}
	for (; i < argc; i++) {
		if (!builtin_escape(&out, argv[i])) {
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

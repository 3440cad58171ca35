/* The shell's option flags: set -e, set -o errexit and friends, $-. */
#ifndef COSH_VAR_OPTIONS_H
#define COSH_VAR_OPTIONS_H

#include <stdbool.h>

enum option {
	OPT_ALLEXPORT,	/* -a */
	OPT_NOTIFY,	/* -b */
	OPT_NOCLOBBER,	/* -C */
	OPT_ERREXIT,	/* -e */
	OPT_NOGLOB,	/* -f */
	OPT_HASHALL,	/* -h */
	OPT_INTERACTIVE,/* -i (set at start-up only) */
	OPT_MONITOR,	/* -m */
	OPT_NOEXEC,	/* -n */
	OPT_STDIN,	/* -s (start-up only) */
	OPT_NOUNSET,	/* -u */
	OPT_VERBOSE,	/* -v */
	OPT_XTRACE,	/* -x */
	OPT_IGNOREEOF,	/* -o ignoreeof */
	OPT_NOLOG,	/* -o nolog (accepted, no effect) */
	OPT_VI,		/* -o vi */
	OPT_EMACS,	/* -o emacs */
	OPT_PIPEFAIL,	/* -o pipefail (POSIX 2024) */
	OPT_SIGTRACE,	/* -o sigtrace: log every signal (cosh's own) */
	OPT_COUNT
};

struct option_info {
	const char *name;	/* long name for set -o */
	char letter;		/* short letter, or 0 */
};

extern const struct option_info option_table[OPT_COUNT];

/* Looks up a long name; -1 if unknown. */
int option_by_name(const char *name);
/* Looks up a letter; -1 if unknown. */
int option_by_letter(char c);

#endif

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
	OPT_PRIVILEGED,	/* -p: keep set-user-ID and set-group-ID ids */
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

/* True if the real and effective user or group ids differ (the shell
 * runs set-user-ID or set-group-ID). */
bool privileges_elevated(void);

/* What set +p and a start without -p do: the real group id becomes the
 * effective and saved one, then the same for the user id (groups first,
 * while the user id may still allow it), and the result is checked.
 * true if the ids now all equal the real ones; false (errno set) if they
 * could not be made so. */
bool privileges_drop(void);

#endif

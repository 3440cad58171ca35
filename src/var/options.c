/* The option table: one row per enum option, in enum order, so that an
 * option's index is its enum value and $- can be built by walking it. */
#include "config.h"	/* _GNU_SOURCE: setresuid, getresuid */

#include "var/options.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

const struct option_info option_table[OPT_COUNT] = {
	[OPT_ALLEXPORT] = { "allexport", 'a' },
	[OPT_NOTIFY] = { "notify", 'b' },
	[OPT_NOCLOBBER] = { "noclobber", 'C' },
	[OPT_ERREXIT] = { "errexit", 'e' },
	[OPT_NOGLOB] = { "noglob", 'f' },
	[OPT_HASHALL] = { "hashall", 'h' },
	[OPT_INTERACTIVE] = { "interactive", 'i' },
	[OPT_MONITOR] = { "monitor", 'm' },
	[OPT_NOEXEC] = { "noexec", 'n' },
	[OPT_PRIVILEGED] = { "privileged", 'p' },
	[OPT_STDIN] = { "stdin", 's' },
	[OPT_NOUNSET] = { "nounset", 'u' },
	[OPT_VERBOSE] = { "verbose", 'v' },
	[OPT_XTRACE] = { "xtrace", 'x' },
	[OPT_IGNOREEOF] = { "ignoreeof", 0 },
	[OPT_NOLOG] = { "nolog", 0 },
	[OPT_VI] = { "vi", 0 },
	[OPT_EMACS] = { "emacs", 0 },
	[OPT_PIPEFAIL] = { "pipefail", 0 },
	[OPT_SIGTRACE] = { "sigtrace", 0 },
};

int option_by_name(const char *name)
{
	for (int i = 0; i < OPT_COUNT; i++)
		if (strcmp(option_table[i].name, name) == 0)
			return i;
	return -1;
}

int option_by_letter(char c)
{
	if (c == 0)
		return -1;
	for (int i = 0; i < OPT_COUNT; i++)
		if (option_table[i].letter == c)
			return i;
	return -1;
}

bool privileges_elevated(void)
{
	return getuid() != geteuid() || getgid() != getegid();
}

bool privileges_drop(void)
{
	gid_t gid = getgid(), rg, eg, sg;
	uid_t uid = getuid(), ru, eu, su;

	if (setresgid(gid, gid, gid) < 0 || setresuid(uid, uid, uid) < 0)
		return false;
	/* Trust what the kernel says now, not the calls' status alone. */
	if (getresgid(&rg, &eg, &sg) < 0 || getresuid(&ru, &eu, &su) < 0)
		return false;
	if (rg != gid || eg != gid || sg != gid
	    || ru != uid || eu != uid || su != uid) {
		errno = EPERM;
		return false;
	}
	return true;
}

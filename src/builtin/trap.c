/* trap [action condition...] | trap -p [condition...] | trap
 * Conditions by name (with or without SIG, any case), by number, EXIT or
 * 0.  An unknown condition is an error (status 1, the shell goes on); the
 * others are still set.  KILL and STOP cannot be caught: setting them is
 * accepted and does nothing, as in dash, bash and mksh.  Any other operand
 * that starts with '-' before the action is an invalid option (status 2). */
#include <signal.h>
#include <string.h>

#include "builtin/builtin.h"
#include "shell.h"
#include "sig/signal.h"
#include "sig/trap.h"
#include "util/error.h"
#include "util/strbuf.h"

static int condition_number(const char *s)
{
	if (strcmp(s, "EXIT") == 0 || strcmp(s, "exit") == 0 || strcmp(s, "0") == 0)
		return TRAP_EXIT;
	return sig_number(s);
}

static bool is_unsigned(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

static int print_list(struct strbuf *out)
{
	int status = 0;
	if (!write_all(1, out->data ? out->data : "", out->len)) {
		sh_error_errno("trap", "write error");
		status = 1;
	}
	strbuf_free(out);
	return status;
}

int builtin_trap(struct shell *sh, int argc, char **argv)
{
	int i = 1;
	struct strbuf out = STRBUF_INIT;
	if (i < argc && strcmp(argv[i], "-p") == 0) {
		i++;
		if (i >= argc) {
			trap_list(sh, &out, -1);
			return print_list(&out);
		}
		int status = 0;
		for (; i < argc; i++) {
			int signo = condition_number(argv[i]);
			if (signo < 0) {
				sh_error("trap", "%s: bad trap", argv[i]);
				status = 1;
				continue;
			}
			trap_list(sh, &out, signo);
		}
		int st = print_list(&out);
		return status ? status : st;
	}
	if (i < argc && strcmp(argv[i], "--") == 0) {
		i++;
	} else if (i < argc && argv[i][0] == '-' && argv[i][1] != '\0') {
		sh_error("trap", "%s: invalid option", argv[i]);
		/* A usage error ends a non-interactive shell, as in dash
		 * and mksh; an unknown condition does not (trap reports
		 * its own outcome). */
		sh->special_error = true;
		return 2;
	}
	if (i >= argc) {
		trap_list(sh, &out, -1);
		return print_list(&out);
	}
	const char *action = argv[i];
	bool reset = strcmp(action, "-") == 0;
	/* "trap N ..." and "trap COND" alone reset (XCU trap, bash). */
	if (is_unsigned(action) || (i + 1 == argc && condition_number(action) >= 0)) {
		reset = true;
	} else {
		i++;
		if (i >= argc && !reset) {
			/* "trap foo": an action with no condition. */
			sh_error("trap", "%s: bad trap", action);
			return 1;
		}
	}
	int status = 0;
	for (; i < argc; i++) {
		int signo = condition_number(argv[i]);
		if (signo < 0) {
			sh_error("trap", "%s: bad trap", argv[i]);
			status = 1;
			continue;
		}
		if (signo == SIGKILL || signo == SIGSTOP)
			continue;
		/* A signal ignored on entry stays ignored, silently. */
		trap_set(sh, signo, reset ? NULL : action);
	}
	return status;
}

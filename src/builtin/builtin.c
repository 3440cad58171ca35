/* The table of builtin utilities and the helpers every builtin file shares.
 *
 * The table is sorted by strcmp so that builtin_find can be a binary
 * search: keep new entries in their place ('.' < ':' < '[' < letters). */
#include "config.h"

#include "builtin/builtin.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parse/parser.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define S BUILTIN_SPECIAL
#define D BUILTIN_DECL
#define O BUILTIN_OWN_STATUS
#define E BUILTIN_ASSIGNS_TO_ENV
#define N BUILTIN_NOFORK
#define F BUILTIN_FUNC_SCOPED

const struct builtin builtin_table[] = {
	{ ".",		builtin_dot,		S | O },
	{ ":",		builtin_colon,		S | N },
	{ "[",		builtin_test,		N },
	{ "alias",	builtin_alias,		0 },
	{ "bg",		builtin_bg,		0 },
	{ "break",	builtin_break,		S | N },
	{ "builtin",	builtin_builtin,	0 },
	{ "cd",		builtin_cd,		0 },
	{ "command",	builtin_command,	0 },
	{ "continue",	builtin_continue,	S | N },
	{ "echo",	builtin_echo,		N },
	{ "eval",	builtin_eval,		S | O },
	{ "exec",	builtin_exec,		S | E },
	{ "exit",	builtin_exit,		S | O | N },
	{ "export",	builtin_export,		S | D },
	{ "false",	builtin_false,		N },
	{ "fc",		builtin_fc,		0 },
	{ "fg",		builtin_fg,		0 },
	{ "getopts",	builtin_getopts,	0 },
	{ "hash",	builtin_hash,		0 },
	{ "jobs",	builtin_jobs,		0 },
	{ "kill",	builtin_kill,		0 },
	{ "local",	builtin_local,		D | F },
	{ "printf",	builtin_printf,		N },
	{ "pwd",	builtin_pwd,		N },
	{ "read",	builtin_read,		0 },
	{ "readonly",	builtin_readonly,	S | D },
	{ "return",	builtin_return,		S | N },
	{ "set",	builtin_set,		S },
	{ "shift",	builtin_shift,		S | F },
	{ "source",	builtin_dot,		0 },
	{ "test",	builtin_test,		N },
	{ "times",	builtin_times,		S },
	{ "trap",	builtin_trap,		S | O },
	{ "true",	builtin_true,		N },
	{ "type",	builtin_type,		0 },
	{ "ulimit",	builtin_ulimit,		0 },
	{ "umask",	builtin_umask,		0 },
	{ "unalias",	builtin_unalias,	0 },
	{ "unset",	builtin_unset,		S },
	{ "wait",	builtin_wait,		0 },
	{ NULL,		NULL,			0 },
};

#undef S
#undef D
#undef O
#undef E
#undef N
#undef F

const struct builtin *builtin_find(const char *name)
{
	size_t lo = 0;
	size_t hi = sizeof builtin_table / sizeof builtin_table[0] - 1;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		/* Most probes differ in the first byte: no call for them
		 * (every simple command looks its name up here). */
		const char *b = builtin_table[mid].name;
		int cmp = (unsigned char)name[0] - (unsigned char)b[0];
		if (cmp == 0)
			cmp = strcmp(name, b);
		if (cmp == 0)
			return &builtin_table[mid];
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* The capture of a command substitution run without a fork: it stands for
 * fd 1 of the process, of which there is one, so it is kept with the
 * process's descriptors rather than in struct shell (and a forked child,
 * which gets a pipe as fd 1, must not inherit it: exec_cmdsub suspends it
 * across the fork). */
static struct capture_state capture;

struct capture_state builtin_capture_begin(struct strbuf *out)
{
	struct capture_state outer = capture;
	capture.out = out;
	capture.fd1_redirs = 0;
	return outer;
}

void builtin_capture_end(struct capture_state outer)
{
	capture = outer;
}

void builtin_capture_redirected(int delta)
{
	if (capture.out)
		capture.fd1_redirs += delta;
}

bool builtin_capturing(void)
{
	return capture.out && capture.fd1_redirs == 0;
}

bool builtin_flush(const char *name, struct strbuf *sb)
{
	bool ok = true;

	if (builtin_capturing()) {
		if (sb->len > 0)
			strbuf_appendn(capture.out, sb->data, sb->len);
		strbuf_reset(sb);
		return true;
	}
	if (sb->len > 0 && !write_all(STDOUT_FILENO, sb->data, sb->len)) {
		sh_error_errno(name, "write error");
		ok = false;
	}
	strbuf_reset(sb);
	return ok;
}

bool builtin_parse_long(const char *s, long *out)
{
	const char *p = s;
	char *end;
	long v;

	/* strtol alone would accept leading blanks and an empty string. */
	if (*p == '+' || *p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return false;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || errno == ERANGE)
		return false;
	*out = v;
	return true;
}

bool builtin_split_decl(const char *argv0, const char *arg, char **name,
	const char **value)
{
	const char *eq = strchr(arg, '=');
	if (eq == NULL ? !is_name(arg)
	    : !is_name_n(arg, (unsigned long)(eq - arg))) {
		sh_error(argv0, "%s: bad variable name", arg);
		return false;
	}
	*name = eq != NULL ? xstrndup(arg, (size_t)(eq - arg)) : xstrdup(arg);
	*value = eq != NULL ? eq + 1 : NULL;
	return true;
}

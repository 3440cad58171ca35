/* ulimit [-H|-S] [-a | -RXcdefilmnqrstuvx...] [limit] (XCU ulimit, with every
 * resource Linux has, as bash and dash offer).  Without a resource flag it
 * is -f, in 512-byte blocks as POSIX says (-c too, as in dash); memory sizes
 * are in KiB.  A limit is a decimal number or "unlimited".  Setting with
 * neither -H nor -S sets both limits, showing shows the soft one.  Several
 * resource flags show each with bash's labels; a limit given with several
 * applies to the last one, as in dash (bash shows the others). */
#include "config.h"

#include "builtin/builtin.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/resource.h>

#include "exec/redir.h"
#include "util/error.h"
#include "util/strbuf.h"

struct limit {
	char opt;
	int resource;
	rlim_t unit;		/* bytes (or other units) per unit shown */
	const char *desc;	/* bash's words for -a */
	const char *unit_name;	/* NULL: no unit shown */
};

/* In the order of bash's "ulimit -a" (by option letter, R first). */
static const struct limit limits[] = {
#ifdef RLIMIT_RTTIME
	{ 'R', RLIMIT_RTTIME, 1, "real-time non-blocking time", "microseconds" },
#endif
	{ 'c', RLIMIT_CORE, 512, "core file size", "blocks" },
	{ 'd', RLIMIT_DATA, 1024, "data seg size", "kbytes" },
#ifdef RLIMIT_NICE
	{ 'e', RLIMIT_NICE, 1, "scheduling priority", NULL },
#endif
	{ 'f', RLIMIT_FSIZE, 512, "file size", "blocks" },
#ifdef RLIMIT_SIGPENDING
	{ 'i', RLIMIT_SIGPENDING, 1, "pending signals", NULL },
#endif
#ifdef RLIMIT_MEMLOCK
	{ 'l', RLIMIT_MEMLOCK, 1024, "max locked memory", "kbytes" },
#endif
#ifdef RLIMIT_RSS
	{ 'm', RLIMIT_RSS, 1024, "max memory size", "kbytes" },
#endif
	{ 'n', RLIMIT_NOFILE, 1, "open files", NULL },
#ifdef RLIMIT_MSGQUEUE
	{ 'q', RLIMIT_MSGQUEUE, 1, "POSIX message queues", "bytes" },
#endif
#ifdef RLIMIT_RTPRIO
	{ 'r', RLIMIT_RTPRIO, 1, "real-time priority", NULL },
#endif
	{ 's', RLIMIT_STACK, 1024, "stack size", "kbytes" },
	{ 't', RLIMIT_CPU, 1, "cpu time", "seconds" },
#ifdef RLIMIT_NPROC
	{ 'u', RLIMIT_NPROC, 1, "max user processes", NULL },
#endif
	{ 'v', RLIMIT_AS, 1024, "virtual memory", "kbytes" },
#ifdef RLIMIT_LOCKS
	{ 'x', RLIMIT_LOCKS, 1, "file locks", NULL },
#endif
};

#define NLIMITS (sizeof limits / sizeof limits[0])

static const struct limit *limit_find(char opt)
{
	for (size_t i = 0; i < NLIMITS; i++)
		if (limits[i].opt == opt)
			return &limits[i];
	return NULL;
}

static void limit_label(struct strbuf *out, const struct limit *l)
{
	struct strbuf paren = STRBUF_INIT;

	if (l->unit_name)
		strbuf_appendf(&paren, "(%s, -%c) ", l->unit_name, l->opt);
	else
		strbuf_appendf(&paren, "(-%c) ", l->opt);
	/* bash's layout, so that scripts that parse it keep working. */
	strbuf_appendf(out, "%-20s %20s", l->desc, paren.data);
	strbuf_free(&paren);
}

static bool limit_show(struct strbuf *out, const struct limit *l, bool hard,
	bool label)
{
	struct rlimit rl;

	if (getrlimit(l->resource, &rl) != 0) {
		sh_error_errno("ulimit", "-%c", l->opt);
		return false;
	}
	rlim_t v = hard ? rl.rlim_max : rl.rlim_cur;
	if (label)
		limit_label(out, l);
	if (v == RLIM_INFINITY)
		strbuf_append(out, "unlimited\n");
	else
		strbuf_appendf(out, "%ju\n", (uintmax_t)(v / l->unit));
	return true;
}

/* "unlimited" or a decimal count of units; false if it is neither or
 * does not fit. */
static bool limit_parse(const char *s, const struct limit *l, rlim_t *out)
{
	if (strcmp(s, "unlimited") == 0) {
		*out = RLIM_INFINITY;
		return true;
	}
	if (*s < '0' || *s > '9')
		return false;
	uintmax_t v = 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return false;
		unsigned d = (unsigned)(*s - '0');
		if (v > (UINTMAX_MAX - d) / 10)
			return false;
		v = v * 10 + d;
	}
	if (v > (uintmax_t)(RLIM_INFINITY - 1) / l->unit)
		return false;
	*out = (rlim_t)v * l->unit;
	return *out != RLIM_INFINITY;
}

int builtin_ulimit(struct shell *sh, int argc, char **argv)
{
	char optstring[2 * NLIMITS + 4] = "HSa";
	const struct limit *chosen[NLIMITS + 1];
	size_t nchosen = 0;
	bool hard = false, soft = false, all = false;
	char *opt_arg = NULL;
	int opt_ind = 1;
	int c;

	(void)sh;
	for (size_t i = 0; i < NLIMITS; i++)
		optstring[3 + i] = limits[i].opt;
	optstring[3 + NLIMITS] = '\0';
	while ((c = builtin_getopt(argc, argv, optstring, &opt_ind, &opt_arg)) != 0) {
		if (c == '?')
			return 2;
		if (c == 'H')
			hard = true;
		else if (c == 'S')
			soft = true;
		else if (c == 'a')
			all = true;
		else if (nchosen < NLIMITS)
			chosen[nchosen++] = limit_find((char)c);
	}
	if (argc - opt_ind > 1 || (all && argc - opt_ind > 0)) {
		sh_error(argv[0], "too many arguments");
		return 2;
	}
	if (nchosen == 0 && !all)
		chosen[nchosen++] = limit_find('f');

	struct strbuf out = STRBUF_INIT;
	int status = 0;
	/* -H alone shows the hard limit; -S or neither, the soft one. */
	bool show_hard = hard && !soft;

	if (all) {
		for (size_t i = 0; i < NLIMITS; i++)
			if (!limit_show(&out, &limits[i], show_hard, true))
				status = 1;
	} else {
		size_t nshow = opt_ind < argc ? nchosen - 1 : nchosen;
		for (size_t i = 0; i < nshow; i++)
			if (!limit_show(&out, chosen[i], show_hard, nchosen > 1))
				status = 1;
	}
	if (!builtin_flush(argv[0], &out))
		status = 1;
	strbuf_free(&out);
	if (all || opt_ind >= argc)
		return status;

	const struct limit *l = chosen[nchosen - 1];
	rlim_t v;
	struct rlimit rl;
	if (!limit_parse(argv[opt_ind], l, &v)) {
		sh_error(argv[0], "%s: bad number", argv[opt_ind]);
		return 1;
	}
	if (getrlimit(l->resource, &rl) != 0) {
		sh_error_errno(argv[0], "-%c", l->opt);
		return 1;
	}
	if (hard || !soft)
		rl.rlim_max = v;
	if (soft || !hard)
		rl.rlim_cur = v;
	if (setrlimit(l->resource, &rl) != 0) {
		sh_error_errno(argv[0], "-%c", l->opt);
		return 1;
	}
	redir_limits_changed();
	return status;
}

/* times: user and system time of the shell, then of its children, as
 * "0m0.010000s 0m0.020000s" lines (the format of dash and bash). */
#include "config.h"

#include "builtin/builtin.h"

#include <stdint.h>
#include <sys/times.h>
#include <unistd.h>

#include "util/error.h"
#include "util/strbuf.h"

static void put_time(struct strbuf *out, clock_t ticks, long hz, char end)
{
	/* Integer microseconds: %f rounding could print "60.000000s". */
	uintmax_t us = (uintmax_t)ticks * 1000000u / (uintmax_t)hz;

	strbuf_appendf(out, "%jum%ju.%06jus%c", us / 60000000u,
		us % 60000000u / 1000000u, us % 1000000u, end);
}

int builtin_times(struct shell *sh, int argc, char **argv)
{
	struct strbuf out = STRBUF_INIT;
	struct tms t;
	long hz = sysconf(_SC_CLK_TCK);
	bool ok;

	(void)sh;
	(void)argc;
	if (hz <= 0)
		hz = 100;
	if (times(&t) == (clock_t)-1) {
		sh_error_errno(argv[0], "times");
		return 1;
	}
	put_time(&out, t.tms_utime, hz, ' ');
	put_time(&out, t.tms_stime, hz, '\n');
	put_time(&out, t.tms_cutime, hz, ' ');
	put_time(&out, t.tms_cstime, hz, '\n');
	ok = builtin_flush(argv[0], &out);
	strbuf_free(&out);
	return ok ? 0 : 1;
}

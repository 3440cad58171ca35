#include "util/error.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "util/strbuf.h"

bool write_all(int fd, const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, buf, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		buf += n;
		len -= (size_t)n;
	}
	return true;
}

/* The one global of this module (listed in shell.h): pointers into the
 * struct shell, so that no caller has to pass the place along. */
static const char *const *place_name;
static const int *place_lineno;

void sh_error_set_place(const char *const *name, const int *lineno)
{
	place_name = name;
	place_lineno = lineno;
}

static void report(bool placed, const char *where, int err, const char *fmt,
	va_list ap)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_append(&sb, "cosh: ");
	if (!placed && place_name && *place_name) {
		/* Line 0: nothing of the script has run yet (start-up). */
		int line = place_lineno ? *place_lineno : 0;
		if (line > 0)
			strbuf_appendf(&sb, "%s: line %d: ", *place_name, line);
		else
			strbuf_appendf(&sb, "%s: ", *place_name);
	}
	if (where)
		strbuf_appendf(&sb, "%s: ", where);
	strbuf_vappendf(&sb, fmt, ap);
	if (err)
		strbuf_appendf(&sb, ": %s", strerror(err));
	strbuf_appendc(&sb, '\n');
	write_all(STDERR_FILENO, sb.data, sb.len);
	strbuf_free(&sb);
}

void sh_error(const char *where, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report(false, where, 0, fmt, ap);
	va_end(ap);
}

void sh_error_placed(const char *where, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report(true, where, 0, fmt, ap);
	va_end(ap);
}

void sh_error_errno(const char *where, const char *fmt, ...)
{
	int err = errno;
	va_list ap;
	va_start(ap, fmt);
	report(false, where, err, fmt, ap);
	va_end(ap);
	errno = err;
}

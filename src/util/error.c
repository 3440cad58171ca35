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

static void report(const char *where, int err, const char *fmt, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_append(&sb, "cosh: ");
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
	report(where, 0, fmt, ap);
	va_end(ap);
}

void sh_error_errno(const char *where, const char *fmt, ...)
{
	int err = errno;
	va_list ap;
	va_start(ap, fmt);
	report(where, err, fmt, ap);
	va_end(ap);
	errno = err;
}

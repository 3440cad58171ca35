/* A growable byte string, always NUL-terminated once anything was added.
 * Embedded NULs are allowed in the data; len counts them. */
#ifndef COSH_UTIL_STRBUF_H
#define COSH_UTIL_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *data;	/* NULL until the first append; then NUL-terminated */
	size_t len;
	size_t cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

void strbuf_init(struct strbuf *sb);
void strbuf_append(struct strbuf *sb, const char *s);
void strbuf_appendn(struct strbuf *sb, const char *s, size_t n);
void strbuf_appendc(struct strbuf *sb, char c);
void strbuf_appendf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vappendf(struct strbuf *sb, const char *fmt, va_list ap);
/* Makes room for at least n more bytes. */
void strbuf_reserve(struct strbuf *sb, size_t n);
/* Appends s in single quotes, each ' written as '\'' : shell text that
 * reads back as s. */
void strbuf_append_squoted(struct strbuf *sb, const char *s);
/* Empties the buffer but keeps its storage. */
void strbuf_reset(struct strbuf *sb);
void strbuf_truncate(struct strbuf *sb, size_t len);
/* Returns the string (never NULL; "" if empty) and leaves sb empty and
 * reusable.  Caller frees the result. */
char *strbuf_finish(struct strbuf *sb);
/* Read-only view, "" if empty; valid until the next change to sb. */
const char *strbuf_str(const struct strbuf *sb);
void strbuf_free(struct strbuf *sb);

/* Appends code point cp in UTF-8, whatever the locale: up to six bytes,
 * as the 1993 form allows (bash's printf \U7FFFFFFF); callers that want
 * Unicode's range only check cp first. */
void strbuf_append_utf8(struct strbuf *sb, unsigned long cp);

/* The value of c as a hexadecimal digit (0-9, a-f, A-F), or -1: for the
 * escape decoders that feed strbuf_append_utf8 (printf, $'...'). */
int hex_digit_value(int c);

#endif

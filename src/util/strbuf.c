#include "util/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

void strbuf_init(struct strbuf *sb)
{
	sb->data = NULL;
	sb->len = 0;
	sb->cap = 0;
}

void strbuf_reserve(struct strbuf *sb, size_t n)
{
	if (sb->len + n + 1 <= sb->cap)
		return;
	size_t cap = sb->cap ? sb->cap : 32;
	while (cap < sb->len + n + 1)
		cap *= 2;
	sb->data = xrealloc(sb->data, cap);
	sb->cap = cap;
}

void strbuf_appendn(struct strbuf *sb, const char *s, size_t n)
{
	strbuf_reserve(sb, n);
	memcpy(sb->data + sb->len, s, n);
	sb->len += n;
	sb->data[sb->len] = '\0';
}

void strbuf_append(struct strbuf *sb, const char *s)
{
	strbuf_appendn(sb, s, strlen(s));
}

void strbuf_appendc(struct strbuf *sb, char c)
{
	strbuf_reserve(sb, 1);
	sb->data[sb->len++] = c;
	sb->data[sb->len] = '\0';
}

void strbuf_vappendf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n <= 0)
		return;
	strbuf_reserve(sb, (size_t)n);
	vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void strbuf_appendf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	strbuf_vappendf(sb, fmt, ap);
	va_end(ap);
}

void strbuf_append_squoted(struct strbuf *sb, const char *s)
{
	strbuf_appendc(sb, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			strbuf_append(sb, "'\\''");
		else
			strbuf_appendc(sb, *s);
	}
	strbuf_appendc(sb, '\'');
}

void strbuf_reset(struct strbuf *sb)
{
	strbuf_truncate(sb, 0);
}

void strbuf_truncate(struct strbuf *sb, size_t len)
{
	if (len < sb->len) {
		sb->len = len;
		sb->data[len] = '\0';
	}
}

char *strbuf_finish(struct strbuf *sb)
{
	char *s = sb->data ? sb->data : xstrdup("");
	strbuf_init(sb);
	return s;
}

const char *strbuf_str(const struct strbuf *sb)
{
	return sb->data ? sb->data : "";
}

void strbuf_free(struct strbuf *sb)
{
	free(sb->data);
	strbuf_init(sb);
}

void strbuf_append_utf8(struct strbuf *sb, unsigned long cp)
{
	char buf[6];
	int n, k;

	if (cp < 0x80) {
		strbuf_appendc(sb, (char)cp);
		return;
	}
	n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : cp < 0x200000 ? 4
		: cp < 0x4000000 ? 5 : 6;
	for (k = n - 1; k > 0; k--) {
		buf[k] = (char)(0x80 | (cp & 0x3f));
		cp >>= 6;
	}
	buf[0] = (char)((0xff00 >> n) | cp);
	strbuf_appendn(sb, buf, (size_t)n);
}

int hex_digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

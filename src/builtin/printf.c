/* printf format [arg...] (XCU printf), and the escape decoding that echo
 * shares (builtin_escape).
 *
 * User text is never handed to libc as a format: each conversion
 * specification is parsed here, and for numbers a format of our own
 * ("%" flags "*.*j" conversion) is built and given the parsed width,
 * precision and value.  Strings (%s %b %c) are padded here, by bytes, so
 * that %b output with NUL bytes survives. */
#include "config.h"

#include "builtin/builtin.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "util/strbuf.h"

struct printf_state {
	const char *name;	/* argv[0], for messages */
	char **args;
	int nargs;
	int next;		/* index of the next unused argument */
	bool used;		/* an argument was taken in this pass */
	int status;
	struct strbuf out;
};

static bool is_odigit(char c)
{
	return c >= '0' && c <= '7';
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes the escape whose letter is at s (just after the backslash) into
 * out.  Returns the number of bytes of s used; 0 when *s starts no
 * escape: the backslash was appended and the caller copies *s as plain
 * text.  \c is the caller's business.
 *
 * Octal differs by place.  In a printf format \ddd has one to three
 * digits (XCU printf).  For echo (XSI) only \0num is octal, num up to
 * three digits, and \1 stays as it is (as bash and mksh; dash takes it as
 * octal).  %b takes both forms (dash, bash and mksh agree).  \e, \xHH,
 * \uHHHH and \UHHHHHHHH are the extensions bash, mksh and zsh share; with
 * no hex digit after them they stay as they are.  Plain echo leaves them
 * as dash and bash do ("echo '\x41'" prints \x41); echo -e takes them, as
 * bash. */
static size_t escape_one(struct strbuf *out, const char *s,
	enum escape_mode mode)
{
	const char *p = s;
	unsigned long v;
	int n, max, d;

	if (mode == ESCAPE_ECHO && strchr("eExuU", *s) != NULL) {
		strbuf_appendc(out, '\\');
		return 0;
	}
	switch (*s) {
	case '\\': strbuf_appendc(out, '\\'); return 1;
	case 'a': strbuf_appendc(out, '\a'); return 1;
	case 'b': strbuf_appendc(out, '\b'); return 1;
	case 'e':
	case 'E': strbuf_appendc(out, '\033'); return 1;
	case 'f': strbuf_appendc(out, '\f'); return 1;
	case 'n': strbuf_appendc(out, '\n'); return 1;
	case 'r': strbuf_appendc(out, '\r'); return 1;
	case 't': strbuf_appendc(out, '\t'); return 1;
	case 'v': strbuf_appendc(out, '\v'); return 1;
	case 'x':
	case 'u':
	case 'U':
		max = *s == 'x' ? 2 : *s == 'u' ? 4 : 8;
		v = 0;
		for (n = 0, p++; n < max && (d = hex_value(*p)) >= 0; n++, p++)
			v = v * 16 + (unsigned long)d;
		if (n == 0)
			break;
		if (*s == 'x')
			strbuf_appendc(out, (char)v);
		else
			strbuf_append_utf8(out, v);
		return (size_t)(p - s);
	default:
		break;
	}
	if (is_odigit(*s) && (*s == '0' || mode == ESCAPE_FORMAT
		|| mode == ESCAPE_B)) {
		if (mode != ESCAPE_FORMAT && *p == '0')
			p++;
		v = 0;
		for (n = 0; n < 3 && is_odigit(*p); n++)
			v = v * 8 + (unsigned long)(*p++ - '0');
		strbuf_appendc(out, (char)v);
		return (size_t)(p - s);
	}
	/* Not an escape: keep the backslash, and the character (if any) is
	 * copied by the caller's normal path. */
	strbuf_appendc(out, '\\');
	return 0;
}

bool builtin_escape(struct strbuf *out, const char *s, enum escape_mode mode)
{
	while (*s != '\0') {
		size_t used;

		if (*s != '\\') {
			strbuf_appendc(out, *s++);
			continue;
		}
		s++;
		if (*s == 'c')
			return false;
		used = escape_one(out, s, mode);
		s += used;
	}
	return true;
}

/* The next argument, or NULL when they are used up (then "" or 0). */
static const char *printf_arg(struct printf_state *st)
{
	if (st->next >= st->nargs)
		return NULL;
	st->used = true;
	return st->args[st->next++];
}

/* The value of a leading quote ('a or "a: the character's code), or -1
 * if s does not start with one.  A UTF-8 sequence gives its code point,
 * as in bash and mksh (dash gives the first byte); cosh has no locale
 * other than UTF-8 and ASCII.  Like bash, the sequence is decoded by its
 * form alone, beyond U+10FFFF too; a malformed or overlong one gives its
 * first byte. */
static long quoted_char(const char *s)
{
	const unsigned char *p = (const unsigned char *)s + 1;
	unsigned long cp;
	int n, k;

	if (s[0] != '\'' && s[0] != '"')
		return -1;
	if (p[0] < 0xc0 || p[0] >= 0xfe)
		return p[0];
	n = p[0] >= 0xfc ? 6 : p[0] >= 0xf8 ? 5 : p[0] >= 0xf0 ? 4
		: p[0] >= 0xe0 ? 3 : 2;
	cp = p[0] & (0x7f >> n);
	for (k = 1; k < n; k++) {
		if ((p[k] & 0xc0) != 0x80)
			return p[0];
		cp = cp << 6 | (p[k] & 0x3f);
	}
	if (cp < (n == 2 ? 0x80UL : 1UL << (5 * n - 4)))
		return p[0];	/* overlong */
	return (long)cp;
}

/* Reports a number that did not convert completely; the value stays the
 * prefix that did (XCU printf: diagnose, go on, exit non-zero). */
static void number_check(struct printf_state *st, const char *s,
	const char *end, int err)
{
	if (err == ERANGE) {
		sh_error(st->name, "%s: out of range", s);
		st->status = 1;
	} else if (end == s || *end != '\0') {
		sh_error(st->name, "%s: invalid number", s);
		st->status = 1;
	}
}

static intmax_t arg_int(struct printf_state *st, const char *s)
{
	char *end;
	intmax_t v;
	long c;

	if (s == NULL || *s == '\0')
		return 0;
	c = quoted_char(s);
	if (c >= 0)
		return c;
	errno = 0;
	v = strtoimax(s, &end, 0);
	number_check(st, s, end, errno);
	return v;
}

static uintmax_t arg_uint(struct printf_state *st, const char *s)
{
	char *end;
	uintmax_t v;
	long c;

	if (s == NULL || *s == '\0')
		return 0;
	c = quoted_char(s);
	if (c >= 0)
		return (uintmax_t)c;
	errno = 0;
	v = strtoumax(s, &end, 0);
	number_check(st, s, end, errno);
	return v;
}

static long double arg_float(struct printf_state *st, const char *s)
{
	char *end;
	long double v;
	long c;

	if (s == NULL || *s == '\0')
		return 0;
	c = quoted_char(s);
	if (c >= 0)
		return c;
	errno = 0;
	v = strtold(s, &end);
	number_check(st, s, end, errno);
	return v;
}

/* A width or precision from '*': an int, clamped. */
static int arg_star(struct printf_state *st)
{
	intmax_t v = arg_int(st, printf_arg(st));

	if (v > INT_MAX)
		return INT_MAX;
	if (v < -INT_MAX)
		return -INT_MAX;
	return (int)v;
}

/* Appends len bytes of s, cut to prec (if >= 0) and padded with spaces to
 * width (negative width or left: on the right). */
static void put_padded(struct strbuf *out, const char *s, size_t len,
	int width, int prec, bool left)
{
	size_t w;

	if (prec >= 0 && (size_t)prec < len)
		len = (size_t)prec;
	if (width < 0) {
		left = true;
		width = -width;
	}
	w = (size_t)width;
	if (!left)
		for (; w > len; w--)
			strbuf_appendc(out, ' ');
	strbuf_appendn(out, s, len);
	if (left)
		for (; w > len; w--)
			strbuf_appendc(out, ' ');
}

/* Parses an unsigned decimal run at *pp, clamped to INT_MAX. */
static int parse_count(const char **pp)
{
	const char *p = *pp;
	long v = 0;

	while (*p >= '0' && *p <= '9') {
		if (v < INT_MAX)
			v = v * 10 + (*p - '0');
		p++;
	}
	*pp = p;
	return v > INT_MAX ? INT_MAX : (int)v;
}

/* One conversion specification starting at *fp (on the '%').  Returns
 * false to stop all output (\c in %b, or an invalid directive). */
static bool do_conversion(struct printf_state *st, const char **fp)
{
	const char *start = *fp;
	const char *f = *fp + 1;
	char flags[8] = "";
	size_t nflags = 0;
	char cfmt[24];
	int width = 0, prec = -1;
	bool left = false;
	const char *arg;
	char conv;

	while (*f != '\0' && strchr("-+ #0", *f) != NULL) {
		if (strchr(flags, *f) == NULL && nflags < sizeof flags - 1) {
			flags[nflags++] = *f;
			flags[nflags] = '\0';
		}
		if (*f == '-')
			left = true;
		f++;
	}
	if (*f == '*') {
		f++;
		width = arg_star(st);
	} else {
		width = parse_count(&f);
	}
	if (*f == '.') {
		f++;
		if (*f == '*') {
			f++;
			prec = arg_star(st);
		} else {
			prec = parse_count(&f);
		}
	}
	conv = *f;
	if (conv == '\0') {
		sh_error(st->name, "%s: missing format character", start);
		st->status = 1;
		*fp = f;
		return false;
	}
	*fp = f + 1;

	switch (conv) {
	case 'd':
	case 'i':
		snprintf(cfmt, sizeof cfmt, "%%%s*.*j%c", flags, conv);
		strbuf_appendf(&st->out, cfmt, width, prec,
			arg_int(st, printf_arg(st)));
		return true;
	case 'o':
	case 'u':
	case 'x':
	case 'X':
		snprintf(cfmt, sizeof cfmt, "%%%s*.*j%c", flags, conv);
		strbuf_appendf(&st->out, cfmt, width, prec,
			arg_uint(st, printf_arg(st)));
		return true;
	case 'e':
	case 'E':
	case 'f':
	case 'F':
	case 'g':
	case 'G':
	case 'a':
	case 'A':
		snprintf(cfmt, sizeof cfmt, "%%%s*.*L%c", flags, conv);
		strbuf_appendf(&st->out, cfmt, width, prec,
			arg_float(st, printf_arg(st)));
		return true;
	case 'c':
		/* An empty or missing argument gives a NUL byte (dash, bash
		 * and mksh agree): the string's terminator. */
		arg = printf_arg(st);
		put_padded(&st->out, arg != NULL ? arg : "", 1, width, -1,
			left);
		return true;
	case 's':
		arg = printf_arg(st);
		if (arg == NULL)
			arg = "";
		put_padded(&st->out, arg, strlen(arg), width, prec, left);
		return true;
	case 'b': {
		struct strbuf tmp = STRBUF_INIT;
		bool go_on;

		arg = printf_arg(st);
		go_on = builtin_escape(&tmp, arg != NULL ? arg : "",
			ESCAPE_B);
		put_padded(&st->out, strbuf_str(&tmp), tmp.len, width, prec,
			left);
		strbuf_free(&tmp);
		return go_on;
	}
	default:
		sh_error(st->name, "%.*s: invalid directive",
			(int)(f + 1 - start), start);
		st->status = 1;
		return false;
	}
}

/* One pass over the format.  Returns false to stop all output. */
static bool run_format(struct printf_state *st, const char *fmt)
{
	const char *f = fmt;

	while (*f != '\0') {
		if (*f == '\\') {
			size_t used;

			f++;
			/* "\c" in a format is not special (as dash). */
			if (*f == '"' || *f == '\'') {
				strbuf_appendc(&st->out, *f++);
				continue;
			}
			used = escape_one(&st->out, f, ESCAPE_FORMAT);
			f += used;
		} else if (*f != '%') {
			strbuf_appendc(&st->out, *f++);
		} else if (f[1] == '%') {
			strbuf_appendc(&st->out, '%');
			f += 2;
		} else if (!do_conversion(st, &f)) {
			return false;
		}
	}
	return true;
}

int builtin_printf(struct shell *sh, int argc, char **argv)
{
	struct printf_state st;
	const char *fmt;
	char *opt_arg = NULL;
	int i = 1;

	(void)sh;
	/* No option is known, but a leading "-x" is one, and invalid (as
	 * dash and bash; "-" alone is a format). */
	if (builtin_getopt(argc, argv, "", &i, &opt_arg) != 0)
		return 2;
	if (i >= argc) {
		sh_error(argv[0], "usage: printf format [arg...]");
		return 2;
	}
	fmt = argv[i++];
	st.name = argv[0];
	st.args = argv + i;
	st.nargs = argc - i;
	st.next = 0;
	st.status = 0;
	strbuf_init(&st.out);

	/* The format is reused while arguments remain, but only if a pass
	 * consumed any (a format without conversions prints once). */
	do {
		st.used = false;
		if (!run_format(&st, fmt))
			break;
		if (st.out.len >= 65536 && !builtin_flush(st.name, &st.out)) {
			st.status = 1;
			goto done;
		}
	} while (st.next < st.nargs && st.used);

	if (!builtin_flush(st.name, &st.out))
		st.status = 1;
done:
	strbuf_free(&st.out);
	return st.status;
}

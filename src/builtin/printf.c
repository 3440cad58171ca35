/* printf format [arg...] (XCU printf), and the escape decoding that echo
 * shares (builtin_escape).
 *
 * User text is never handed to libc as a format: each conversion
 * specification is parsed here, and for numbers a format of our own
 * ("%" flags ".*j" conversion) is built and given the parsed precision and
 * value.  The width is never libc's business, nor a precision beyond what
 * can show a digit: padding (spaces, or the zeros of the 0 flag and of a
 * long precision) is written here, in pieces, so that '%2147483647d' costs
 * a 64 KiB buffer and not 2 GiB.  Output goes out in chunks of OUT_CHUNK
 * bytes: what is smaller leaves in one write.  Strings (%s %b %c) are
 * padded by bytes, so that %b output with NUL bytes survives.
 *
 * A width or precision must fit in an int, as in C (dash, yash and
 * coreutils refuse more; bash prints nothing and says nothing): beyond
 * that printf says so, prints nothing more and returns 1. */
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
#include "util/xalloc.h"

struct printf_state {
	const char *name;	/* argv[0], for messages */
	char **args;
	int nargs;
	int next;		/* index of the next unused argument */
	bool used;		/* an argument was taken in this pass */
	int status;
	bool write_failed;	/* stop: the message was printed */
	struct strbuf out;
};

/* Output is written once this much is buffered. */
#define OUT_CHUNK 65536

/* Precisions libc is asked for at most.  An integer has fewer digits than
 * INT_PREC_CAP (22 in octal); a long double has at most about 21,500
 * significant decimal digits (LDBL_MIN_EXP and LDBL_MANT_DIG: 16,445
 * after the point, 4,933 before it) and 17 hex ones.  Beyond the cap
 * every digit is a zero, written here. */
#define INT_PREC_CAP 64
#define FLOAT_PREC_CAP 32768

static void out_flush(struct printf_state *st)
{
	if (st->write_failed)
		strbuf_reset(&st->out);
	else if (!builtin_flush(st->name, &st->out)) {
		st->write_failed = true;
		st->status = 1;
	}
}

static void out_check(struct printf_state *st)
{
	if (st->out.len >= OUT_CHUNK)
		out_flush(st);
}

static void out_bytes(struct printf_state *st, const char *s, size_t n)
{
	if (st->write_failed)
		return;
	strbuf_appendn(&st->out, s, n);
	out_check(st);
}

/* n copies of c, a chunk at a time. */
static void out_fill(struct printf_state *st, char c, size_t n)
{
	while (n > 0 && !st->write_failed) {
		size_t k = OUT_CHUNK - (st->out.len < OUT_CHUNK ? st->out.len : OUT_CHUNK);

		if (k == 0) {
			out_flush(st);
			continue;
		}
		if (k > n)
			k = n;
		strbuf_reserve(&st->out, k);
		memset(st->out.data + st->out.len, c, k);
		st->out.len += k;
		st->out.data[st->out.len] = '\0';
		n -= k;
		out_check(st);
	}
}

static bool is_odigit(char c)
{
	return c >= '0' && c <= '7';
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
		for (n = 0, p++; n < max && (d = hex_digit_value(*p)) >= 0; n++, p++)
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

/* Says that a width or precision (what, the text of the number) cannot
 * be honoured; printf then stops. */
static bool too_large(struct printf_state *st, const char *what, const char *num)
{
	sh_error(st->name, "%s: %s too large (at most %d)", num, what, INT_MAX);
	st->status = 1;
	return false;
}

/* A width or precision from '*': the next argument, an int.  false (and a
 * message) when it does not fit in one. */
static bool arg_star(struct printf_state *st, const char *what, int *out)
{
	const char *s = printf_arg(st);
	char *end;
	intmax_t v;
	long c;

	*out = 0;
	if (s == NULL || *s == '\0')
		return true;
	c = quoted_char(s);
	if (c >= 0) {
		v = c;
	} else {
		errno = 0;
		v = strtoimax(s, &end, 0);
		if (errno == ERANGE)
			return too_large(st, what, s);
		number_check(st, s, end, 0);
	}
	if (v > INT_MAX || v < -INT_MAX)
		return too_large(st, what, s);
	*out = (int)v;
	return true;
}

/* An unsigned decimal run at *pp, which must fit in an int.  false (and a
 * message) when it does not. */
static bool parse_count(struct printf_state *st, const char *what,
	const char **pp, int *out)
{
	const char *p = *pp;
	long v = 0;
	bool over = false;

	while (*p >= '0' && *p <= '9') {
		if (v > (INT_MAX - (*p - '0')) / 10)
			over = true;
		else
			v = v * 10 + (*p - '0');
		p++;
	}
	if (over) {
		char *num = xstrndup(*pp, (size_t)(p - *pp));
		too_large(st, what, num);
		free(num);
		return false;
	}
	*pp = p;
	*out = (int)v;
	return true;
}

/* Writes len bytes of s, cut to prec (if >= 0) and padded with spaces to
 * width (negative width or left: on the right). */
static void put_padded(struct printf_state *st, const char *s, size_t len,
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
	if (!left && w > len)
		out_fill(st, ' ', w - len);
	out_bytes(st, s, len);
	if (left && w > len)
		out_fill(st, ' ', w - len);
}

/* A number as libc formatted it, without a width (num), and where zeros
 * go that it did not write: the 0 flag's after the sign and any 0x
 * (at zpos, if zero_ok), and a long precision's (prec_zeros of them, at
 * prec_pos).  Pads to width and writes it. */
struct number {
	const char *num;
	size_t len;
	size_t zpos;
	bool zero_ok;
	size_t prec_pos;
	size_t prec_zeros;
};

static void put_number(struct printf_state *st, const struct number *n,
	int width, bool left, bool zero)
{
	size_t content = n->len + n->prec_zeros;
	size_t pad = 0;

	if (width < 0) {
		left = true;
		width = -width;
	}
	if ((size_t)width > content)
		pad = (size_t)width - content;
	if (left)
		zero = false;
	zero = zero && n->zero_ok;
	if (pad > 0 && !left && !zero)
		out_fill(st, ' ', pad);
	out_bytes(st, n->num, n->zpos);
	if (zero)
		out_fill(st, '0', pad);
	out_bytes(st, n->num + n->zpos, n->prec_pos - n->zpos);
	out_fill(st, '0', n->prec_zeros);
	out_bytes(st, n->num + n->prec_pos, n->len - n->prec_pos);
	if (pad > 0 && left)
		out_fill(st, ' ', pad);
}

/* Where the 0 flag's zeros go: after a sign, and after 0x where the
 * conversion writes one (%#x, %a). */
static size_t zero_position(const char *num, char conv)
{
	size_t i = 0;

	if (num[0] == '-' || num[0] == '+' || num[0] == ' ')
		i = 1;
	if (strchr("xXaA", conv) != NULL && num[i] == '0'
	    && (num[i + 1] == 'x' || num[i + 1] == 'X'))
		i += 2;
	return i;
}

/* %d %i %o %u %x %X. */
static void do_integer(struct printf_state *st, const char *flags, char conv,
	int width, int prec, bool left)
{
	struct strbuf tmp = STRBUF_INIT;
	struct number n;
	char cfmt[24];
	int p = prec > INT_PREC_CAP ? INT_PREC_CAP : prec;

	snprintf(cfmt, sizeof cfmt, "%%%s.*j%c", flags, conv);
	if (conv == 'd' || conv == 'i')
		strbuf_appendf(&tmp, cfmt, p, arg_int(st, printf_arg(st)));
	else
		strbuf_appendf(&tmp, cfmt, p, arg_uint(st, printf_arg(st)));
	n.num = strbuf_str(&tmp);
	n.len = tmp.len;
	n.zpos = zero_position(n.num, conv);
	/* A precision turns the 0 flag off (C). */
	n.zero_ok = prec < 0;
	/* With the cap, libc wrote exactly INT_PREC_CAP digits after the
	 * sign and 0x: the rest of the zeros go before them. */
	n.prec_zeros = prec > INT_PREC_CAP ? (size_t)(prec - INT_PREC_CAP) : 0;
	n.prec_pos = n.prec_zeros > 0 ? n.len - INT_PREC_CAP : n.zpos;
	put_number(st, &n, width, left, strchr(flags, '0') != NULL);
	strbuf_free(&tmp);
}

/* %e %E %f %F %g %G %a %A. */
static void do_float(struct printf_state *st, const char *flags, char conv,
	int width, int prec, bool left)
{
	struct strbuf tmp = STRBUF_INIT;
	struct number n;
	char cfmt[24];
	int p = prec > FLOAT_PREC_CAP ? FLOAT_PREC_CAP : prec;
	const char *mark;
	bool finite;

	snprintf(cfmt, sizeof cfmt, "%%%s.*L%c", flags, conv);
	strbuf_appendf(&tmp, cfmt, p, arg_float(st, printf_arg(st)));
	n.num = strbuf_str(&tmp);
	/* inf and nan are the only results without a digit (told from the
	 * text: valgrind's long double is not the processor's). */
	finite = strpbrk(n.num, "0123456789") != NULL;
	n.len = tmp.len;
	n.zpos = zero_position(n.num, conv);
	n.zero_ok = finite;	/* inf and nan are padded with spaces */
	n.prec_zeros = 0;
	n.prec_pos = n.len;
	/* %g drops trailing zeros unless '#' keeps them. */
	if (finite && prec > FLOAT_PREC_CAP
	    && (strchr("gG", conv) == NULL || strchr(flags, '#') != NULL)) {
		n.prec_zeros = (size_t)(prec - FLOAT_PREC_CAP);
		/* The zeros end the digits: before the exponent. */
		mark = strpbrk(n.num, strchr("aA", conv) ? "pP" : "eE");
		if (mark != NULL)
			n.prec_pos = (size_t)(mark - n.num);
	}
	put_number(st, &n, width, left, strchr(flags, '0') != NULL);
	strbuf_free(&tmp);
}

/* One conversion specification starting at *fp (on the '%').  Returns
 * false to stop all output (\c in %b, an invalid directive, a width or
 * precision that does not fit in an int). */
static bool do_conversion(struct printf_state *st, const char **fp)
{
	const char *start = *fp;
	const char *f = *fp + 1;
	char flags[8] = "";
	size_t nflags = 0;
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
		if (!arg_star(st, "field width", &width))
			return false;
	} else if (!parse_count(st, "field width", &f, &width)) {
		return false;
	}
	if (*f == '.') {
		f++;
		if (*f == '*') {
			f++;
			if (!arg_star(st, "precision", &prec))
				return false;
			if (prec < 0)
				prec = -1;	/* as if omitted (C) */
		} else if (!parse_count(st, "precision", &f, &prec)) {
			return false;
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
	case 'o':
	case 'u':
	case 'x':
	case 'X':
		do_integer(st, flags, conv, width, prec, left);
		return true;
	case 'e':
	case 'E':
	case 'f':
	case 'F':
	case 'g':
	case 'G':
	case 'a':
	case 'A':
		do_float(st, flags, conv, width, prec, left);
		return true;
	case 'c':
		/* An empty or missing argument gives a NUL byte (dash, bash
		 * and mksh agree): the string's terminator. */
		arg = printf_arg(st);
		put_padded(st, arg != NULL ? arg : "", 1, width, -1, left);
		return true;
	case 's':
		arg = printf_arg(st);
		if (arg == NULL)
			arg = "";
		put_padded(st, arg, strlen(arg), width, prec, left);
		return true;
	case 'b': {
		struct strbuf tmp = STRBUF_INIT;
		bool go_on;

		arg = printf_arg(st);
		go_on = builtin_escape(&tmp, arg != NULL ? arg : "",
			ESCAPE_B);
		put_padded(st, strbuf_str(&tmp), tmp.len, width, prec, left);
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

	while (*f != '\0' && !st->write_failed) {
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
		out_check(st);
	}
	return !st->write_failed;
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
	st.write_failed = false;
	strbuf_init(&st.out);

	/* The format is reused while arguments remain, but only if a pass
	 * consumed any (a format without conversions prints once). */
	do {
		st.used = false;
		if (!run_format(&st, fmt))
			break;
	} while (st.next < st.nargs && st.used);

	/* What came before a directive that stopped printf still goes out,
	 * as in dash and bash. */
	out_flush(&st);
	strbuf_free(&st.out);
	return st.status;
}

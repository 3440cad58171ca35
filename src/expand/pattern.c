/* Shell pattern matching (XCU 2.13.1), our own rather than fnmatch(3) so
 * that the trim operators can match a prefix of a string in place, given
 * its length, without copying it.
 *
 * The matcher walks pattern and string together and remembers only the last
 * '*': when a later part fails, that star takes one more character.  This
 * is enough because a star can absorb anything the earlier stars could, so
 * the work stays O(pattern * string) without recursion.
 *
 * Characters are those of the locale's LC_CTYPE: in UTF-8, ? and [...]
 * take a whole character.  A byte that starts no valid character is a
 * character of its own, equal only to itself. */
#include "expand/expand.h"
#include "expand/expand_int.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "var/var.h"

/* A byte that is no valid character gets a code above every character. */
#define PATTERN_BAD_BYTE 0x110000UL

/* Decodes the character at s (at most n bytes) into *c; returns its
 * length in bytes (at least 1 when n > 0). */
static size_t char_at_slow(const char *s, size_t n, unsigned long *c)
{
	unsigned char b = (unsigned char)*s;
	if (!vars_ctype_multibyte()) {
		*c = b;
		return 1;
	}
	mbstate_t st;
	memset(&st, 0, sizeof st);
	wchar_t wc;
	size_t k = mbrtowc(&wc, s, n, &st);
	if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
		*c = PATTERN_BAD_BYTE + b;
		return 1;
	}
	*c = (unsigned long)wc;
	return k;
}

/* ASCII, the common case, without a call. */
static inline size_t char_at(const char *s, size_t n, unsigned long *c)
{
	unsigned char b = (unsigned char)*s;
	if (b < 0x80) {
		*c = b;
		return 1;
	}
	return char_at_slow(s, n, c);
}

/* Length of the character at the NUL-terminated s. */
static size_t pchar_at(const char *s, unsigned long *c)
{
	return char_at(s, *s ? MB_LEN_MAX : 1, c);
}

static bool class_match(const char *name, size_t n, unsigned long c)
{
	char buf[16];
	if (n >= sizeof buf || c >= PATTERN_BAD_BYTE)
		return false;
	memcpy(buf, name, n);
	buf[n] = '\0';
	(void)vars_ctype_multibyte();	/* the locale's classes */
	wctype_t t = wctype(buf);
	return t != 0 && iswctype((wint_t)c, t);
}

/* One element of a bracket expression at *pp: a character (plain, escaped,
 * or [.c.] / [=c=]).  Returns false if it is not one. */
static bool bracket_char(const char **pp, unsigned long *out)
{
	const char *p = *pp;
	if (p[0] == '[' && (p[1] == '.' || p[1] == '=') && p[2] && p[3] == p[1] && p[4] == ']') {
		*out = (unsigned char)p[2];
		*pp = p + 5;
		return true;
	}
	if (p[0] == '\\' && p[1]) {
		*pp = p + 1 + pchar_at(p + 1, out);
		return true;
	}
	if (!p[0])
		return false;
	*pp = p + pchar_at(p, out);
	return true;
}

/* p points just after '['.  Returns 1 or 0 for a match or not and sets
 * *end after the closing ']'; -1 if this is no bracket expression (no
 * closing ']'), so the '[' stands for itself. */
static int bracket_match(const char *p, unsigned long c, const char **end)
{
	bool neg = false, matched = false;
	if (*p == '!' || *p == '^') {
		neg = true;
		p++;
	}
	for (bool first = true;; first = false) {
		if (*p == '\0')
			return -1;
		if (*p == ']' && !first)
			break;
		if (p[0] == '[' && p[1] == ':') {
			/* A class name is letters up to ":]"; anything else
			 * (an escaped ':') makes the '[' an ordinary one. */
			const char *close = p + 2;
			while ((*close >= 'a' && *close <= 'z') ||
			       (*close >= 'A' && *close <= 'Z'))
				close++;
			if (close[0] == ':' && close[1] == ']') {
				if (class_match(p + 2, (size_t)(close - p - 2), c))
					matched = true;
				p = close + 2;
				continue;
			}
		}
		unsigned long lo, hi;
		if (!bracket_char(&p, &lo))
			return -1;
		if (p[0] == '-' && p[1] && p[1] != ']') {
			p++;
			if (!bracket_char(&p, &hi))
				return -1;
			if (lo <= c && c <= hi)
				matched = true;
		} else if (lo == c) {
			matched = true;
		}
	}
	*end = p + 1;
	return matched != neg;
}

bool pattern_match_n(const char *pattern, const char *s, size_t n)
{
	const char *p = pattern;
	const char *star = NULL;	/* pattern just after the last '*' */
	size_t star_i = 0;		/* where that star's match ends now */
	size_t i = 0;
	for (;;) {
		if (*p == '*') {
			while (*p == '*')
				p++;
			star = p;
			star_i = i;
			continue;
		}
		if (*p == '\0') {
			if (i == n)
				return true;
			goto backtrack;
		}
		if (i == n)
			goto backtrack;
		unsigned long c;
		size_t clen = char_at(s + i, n - i, &c);
		if (*p == '?') {
			p++;
			i += clen;
			continue;
		}
		if (*p == '[') {
			const char *end;
			int r = bracket_match(p + 1, c, &end);
			if (r == 1) {
				p = end;
				i += clen;
				continue;
			}
			if (r == 0)
				goto backtrack;
			/* no closing ']': a literal '[' */
		} else if (*p == '\\' && p[1]) {
			unsigned long pc;
			size_t plen = pchar_at(p + 1, &pc);
			if (pc == c) {
				p += 1 + plen;
				i += clen;
				continue;
			}
			goto backtrack;
		}
		unsigned long pc;
		size_t plen = pchar_at(p, &pc);
		if (pc == c) {
			p += plen;
			i += clen;
			continue;
		}
backtrack:
		if (!star || star_i >= n)
			return false;
		/* The star takes one more character. */
		unsigned long skip;
		star_i += char_at(s + star_i, n - star_i, &skip);
		i = star_i;
		p = star;
	}
}

bool pattern_match(const char *pattern, const char *s)
{
	return pattern_match_n(pattern, s, strlen(s));
}

bool pattern_has_magic(const char *p)
{
	for (; *p; p++) {
		if (*p == '\\') {
			if (!*++p)
				break;
		} else if (*p == '*' || *p == '?') {
			return true;
		} else if (*p == '[') {
			/* A '[' with no closing ']' stands for itself: the test
			 * command "[" must not cost a directory scan. */
			const char *end;
			if (bracket_match(p + 1, 0, &end) >= 0)
				return true;
		}
	}
	return false;
}

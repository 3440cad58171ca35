/* Shell pattern matching (XCU 2.13.1), our own rather than fnmatch(3) so
 * that the trim operators can match a prefix of a string in place, given
 * its length, without copying it.
 *
 * The matcher walks pattern and string together and remembers only the last
 * '*': when a later part fails, that star takes one more character.  This
 * is enough because a star can absorb anything the earlier stars could, so
 * the work stays O(pattern * string) without recursion.  '?', a bracket
 * expression and a star's step take a whole character of the locale
 * (LC_CTYPE, from the environment at start-up); the elements inside a
 * bracket expression are still bytes. */
#include "expand/expand.h"
#include "expand/expand_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* 1 in a single-byte locale and for a byte that starts no valid
 * character, so that no byte is ever skipped twice or left unmatched. */
size_t pattern_char_len(const char *s, size_t n)
{
	if (MB_CUR_MAX == 1 || (unsigned char)*s < 0x80)
		return 1;
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t r = mbrlen(s, n, &st);
	if (r == (size_t)-1 || r == (size_t)-2 || r == 0)
		return 1;
	return r;
}

static bool class_match(const char *name, size_t n, unsigned char c)
{
	static const struct {
		const char *name;
		int (*fn)(int);
	} classes[] = {
		{ "alnum", isalnum }, { "alpha", isalpha }, { "blank", isblank },
		{ "cntrl", iscntrl }, { "digit", isdigit }, { "graph", isgraph },
		{ "lower", islower }, { "print", isprint }, { "punct", ispunct },
		{ "space", isspace }, { "upper", isupper }, { "xdigit", isxdigit },
	};
	for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
		if (strlen(classes[i].name) == n && memcmp(classes[i].name, name, n) == 0)
			return classes[i].fn(c) != 0;
	return false;
}

/* One element of a bracket expression at *pp: a character (plain, escaped,
 * or [.c.] / [=c=]).  Returns false if it is not one. */
static bool bracket_char(const char **pp, unsigned char *out)
{
	const char *p = *pp;
	if (p[0] == '[' && (p[1] == '.' || p[1] == '=') && p[2] && p[3] == p[1] && p[4] == ']') {
		*out = (unsigned char)p[2];
		*pp = p + 5;
		return true;
	}
	if (p[0] == '\\' && p[1]) {
		*out = (unsigned char)p[1];
		*pp = p + 2;
		return true;
	}
	if (!p[0])
		return false;
	*out = (unsigned char)p[0];
	*pp = p + 1;
	return true;
}

/* p points just after '['.  Returns 1 or 0 for a match or not and sets
 * *end after the closing ']'; -1 if this is no bracket expression (no
 * closing ']'), so the '[' stands for itself. */
static int bracket_match(const char *p, unsigned char c, const char **end)
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
			const char *close = strstr(p + 2, ":]");
			if (!close)
				return -1;
			if (class_match(p + 2, (size_t)(close - p - 2), c))
				matched = true;
			p = close + 2;
			continue;
		}
		unsigned char lo, hi;
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
		unsigned char c = (unsigned char)s[i];
		if (*p == '?') {
			p++;
			i += pattern_char_len(s + i, n - i);
			continue;
		}
		if (*p == '[') {
			const char *end;
			size_t len = pattern_char_len(s + i, n - i);
			/* A character of several bytes equals no byte element;
			 * it matches a negated bracket expression. */
			int r = bracket_match(p + 1, len > 1 ? 0 : c, &end);
			if (r >= 0 && len > 1)
				r = (p[1] == '!' || p[1] == '^');
			if (r == 1) {
				p = end;
				i += len;
				continue;
			}
			if (r == 0)
				goto backtrack;
			/* no closing ']': a literal '[' */
		} else if (*p == '\\' && p[1]) {
			if ((unsigned char)p[1] == c) {
				p += 2;
				i++;
				continue;
			}
			goto backtrack;
		}
		if ((unsigned char)*p == c) {
			p++;
			i++;
			continue;
		}
backtrack:
		if (!star || star_i >= n)
			return false;
		star_i += pattern_char_len(s + star_i, n - star_i);
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

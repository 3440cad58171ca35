/* umask [-S] [-p] [mode] (XCU umask).  Printed as four octal digits ("0022",
 * as dash), or with -S as "u=rwx,g=rx,o=rx"; -p prefixes "umask" (or
 * "umask -S") to re-read, as bash.  A symbolic mode is applied like chmod's
 * to the permissions the mask lets through: "g-w" removes group write from
 * what new files may get, that is, adds it to the mask. */
#include "config.h"

#include "builtin/builtin.h"

#include <string.h>
#include <sys/stat.h>

#include "util/error.h"
#include "util/strbuf.h"

static mode_t umask_get(void)
{
	mode_t m = umask(0);

	umask(m);
	return m;
}

/* who: bits of u, g, o (0700, 0070, 0007 masks). */
static mode_t who_bits(char c)
{
	switch (c) {
	case 'u': return 0700;
	case 'g': return 0070;
	case 'o': return 0007;
	default: return 0777;	/* 'a' */
	}
}

/* Applies the symbolic mode s to the permission bits *perm.  false on a
 * syntax error. */
static bool umask_symbolic(const char *s, mode_t *perm)
{
	mode_t p = *perm;

	for (;;) {
		mode_t who = 0;

		while (*s != '\0' && strchr("ugoa", *s) != NULL)
			who |= who_bits(*s++);
		if (who == 0)
			who = 0777;
		if (*s == '\0' || strchr("+-=", *s) == NULL)
			return false;
		while (*s != '\0' && strchr("+-=", *s) != NULL) {
			char op = *s++;
			mode_t bits = 0;

			if (*s != '\0' && strchr("ugo", *s) != NULL) {
				/* Copy another class ("g=u"): take its three
				 * bits and spread them over every class;
				 * "who" then keeps the ones asked for.  The
				 * bits are those before the whole operand,
				 * as in dash and mksh ("a=,a=u" copies u's
				 * old bits). */
				mode_t rwx;
				mode_t old = *perm;

				switch (*s) {
				case 'u': rwx = (old >> 6) & 7; break;
				case 'g': rwx = (old >> 3) & 7; break;
				default: rwx = old & 7; break;
				}
				bits = rwx * 0111;
				s++;
			} else {
				/* s and t (set-id, sticky) are valid but
				 * have no place in a file creation mask. */
				while (*s != '\0' && strchr("rwxXst", *s) != NULL) {
					switch (*s++) {
					case 'r': bits |= 0444; break;
					case 'w': bits |= 0222; break;
					case 's': case 't': break;
					default: bits |= 0111; break;
					}
				}
			}
			bits &= who;
			if (op == '+')
				p |= bits;
			else if (op == '-')
				p &= ~bits;
			else
				p = (p & ~who) | bits;
		}
		if (*s == '\0')
			break;
		if (*s++ != ',')
			return false;
	}
	*perm = p & 0777;
	return true;
}

static void umask_print_symbolic(struct strbuf *out, mode_t mask)
{
	static const char classes[] = "ugo";
	mode_t perm = ~mask & 0777;
	int i;

	for (i = 0; i < 3; i++) {
		mode_t bits = (perm >> (6 - 3 * i)) & 7;

		strbuf_appendf(out, "%c=%s%s%s%c", classes[i],
			bits & 4 ? "r" : "", bits & 2 ? "w" : "",
			bits & 1 ? "x" : "", i < 2 ? ',' : '\n');
	}
}

int builtin_umask(struct shell *sh, int argc, char **argv)
{
	char *opt_arg = NULL;
	int opt_ind = 1;
	bool symbolic = false;
	bool reinput = false;	/* -p: "umask 0022", as bash */
	const char *arg;
	int c;

	(void)sh;
	while ((c = builtin_getopt(argc, argv, "Sp", &opt_ind, &opt_arg)) != 0) {
		if (c == '?')
			return 2;
		if (c == 'S')
			symbolic = true;
		else
			reinput = true;
	}
	arg = argv[opt_ind];
	if (arg == NULL) {
		struct strbuf out = STRBUF_INIT;
		mode_t mask = umask_get();
		bool ok;

		if (reinput)
			strbuf_append(&out, symbolic ? "umask -S " : "umask ");
		if (symbolic)
			umask_print_symbolic(&out, mask);
		else
			strbuf_appendf(&out, "%04o\n", (unsigned)mask);
		ok = builtin_flush(argv[0], &out);
		strbuf_free(&out);
		return ok ? 0 : 1;
	}
	if (arg[0] >= '0' && arg[0] <= '9') {
		mode_t mask = 0;
		const char *p;

		for (p = arg; *p != '\0'; p++) {
			if (*p < '0' || *p > '7' || mask > 0777) {
				sh_error(argv[0], "%s: bad mode", arg);
				return 1;
			}
			mask = mask * 8 + (mode_t)(*p - '0');
		}
		if (mask > 0777) {
			sh_error(argv[0], "%s: bad mode", arg);
			return 1;
		}
		umask(mask);
	} else {
		mode_t perm = ~umask_get() & 0777;

		if (!umask_symbolic(arg, &perm)) {
			sh_error(argv[0], "%s: bad mode", arg);
			return 1;
		}
		umask(~perm & 0777);
	}
	return 0;
}

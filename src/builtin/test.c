/* test expr and [ expr ] (XCU test).
 *
 * Up to four arguments follow the fixed rules of XCU test, which decide by
 * the number of arguments so that "test -n", "test ! =" and the like mean
 * what the standard says.  Longer expressions, with -a, -o, ! and
 * parentheses, go to a recursive-descent parser (-a binds tighter than
 * -o), which falls back on the same counted rules where a primary could be
 * read two ways.  Status: 0 true, 1 false, 2 on any error. */
#include "config.h"

#include "builtin/builtin.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "shell.h"
#include "util/error.h"
#include "var/options.h"
#include "var/var.h"

struct test_state {
	const struct shell *sh;	/* for -o OPTION */
	const char *name;	/* "test" or "[", for messages */
	char **args;
	int n;			/* arguments, without the closing ] */
	int pos;
	bool error;		/* a message was printed: status 2 */
};

static bool test_or(struct test_state *ts);

/* The POSIX primaries, and -a (as -e), -N and -v as in bash and mksh. */
static bool is_unary_op(const char *s)
{
	return s[0] == '-' && s[1] != '\0' && s[2] == '\0'
		&& strchr("abcdefghLnprSstuwxzOGkNv", s[1]) != NULL;
}

static bool is_binary_op(const char *s)
{
	static const char *const ops[] = {
		"=", "!=", "==", "<", ">", "-eq", "-ne", "-gt", "-ge", "-lt",
		"-le", "-nt", "-ot", "-ef", "-a", "-o", NULL,
	};
	size_t i;

	for (i = 0; ops[i] != NULL; i++)
		if (strcmp(s, ops[i]) == 0)
			return true;
	return false;
}

static void test_syntax(struct test_state *ts, const char *what)
{
	if (!ts->error) {
		if (what != NULL)
			sh_error(ts->name, "%s: unexpected operator", what);
		else
			sh_error(ts->name, "argument expected");
	}
	ts->error = true;
}

/* An integer operand: optional blanks, sign, digits, blanks. */
static long test_int(struct test_state *ts, const char *s)
{
	const char *p = s;
	char *end;
	long v;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '+' || *p == '-')
		p++;
	if (*p >= '0' && *p <= '9') {
		errno = 0;
		v = strtol(s, &end, 10);
		while (*end == ' ' || *end == '\t')
			end++;
		if (*end == '\0' && errno != ERANGE)
			return v;
	}
	if (!ts->error)
		sh_error(ts->name, "%s: bad number", s);
	ts->error = true;
	return 0;
}

/* In a command substitution without a fork, the names of fd 1 stand for
 * the pipe that a forked one would have as its fd 1: a pipe of our own
 * answers for them, through /proc/self/fd.  One per test primary. */
struct fd1_standin {
	int fds[2];
	char path[40];
};

static bool names_fd1(const char *path)
{
	static const char *const names[] = {
		"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1",
		"/proc/thread-self/fd/1",
	};
	char norm[32];
	size_t n = 0;
	for (const char *p = path; *p && n + 1 < sizeof norm; p++)
		if (!(*p == '/' && n > 0 && norm[n - 1] == '/'))
			norm[n++] = *p;
	norm[n] = '\0';
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(norm, names[i]) == 0)
			return true;
	return false;
}

static const char *standin(struct fd1_standin *si, const char *path)
{
	if (!builtin_capturing() || !names_fd1(path))
		return path;
	if (si->fds[0] < 0) {
		if (pipe2(si->fds, O_CLOEXEC) < 0)
			return path;
		snprintf(si->path, sizeof si->path, "/proc/self/fd/%d", si->fds[1]);
	}
	return si->path;
}

static void standin_done(struct fd1_standin *si)
{
	if (si->fds[0] >= 0) {
		close(si->fds[0]);
		close(si->fds[1]);
	}
}

static bool test_file(struct test_state *ts, char op, const char *arg);

static bool test_unary(struct test_state *ts, char op, const char *arg)
{
	if (op == 'n' || op == 'z' || op == 't')
		return test_file(ts, op, arg);
	struct fd1_standin si = { .fds = { -1, -1 } };
	bool v = test_file(ts, op, standin(&si, arg));
	standin_done(&si);
	return v;
}

static bool test_file(struct test_state *ts, char op, const char *arg)
{
	struct stat st;
	long fd;

	switch (op) {
	case 'n': return arg[0] != '\0';
	case 'z': return arg[0] == '\0';
	case 't':
		fd = test_int(ts, arg);
		/* In a substitution without a fork, fd 1 stands for the
		 * pipe a forked one would have. */
		if (fd == 1 && builtin_capturing())
			return false;
		return !ts->error && fd >= 0 && fd <= 1 << 20
			&& isatty((int)fd);
	case 'r': return faccessat(AT_FDCWD, arg, R_OK, AT_EACCESS) == 0;
	case 'w': return faccessat(AT_FDCWD, arg, W_OK, AT_EACCESS) == 0;
	case 'x': return faccessat(AT_FDCWD, arg, X_OK, AT_EACCESS) == 0;
	case 'h':
	case 'L':
		return lstat(arg, &st) == 0 && S_ISLNK(st.st_mode);
	case 'v':
		return var_get(ts->sh->vars, arg) != NULL;
	default:
		break;
	}
	if (stat(arg, &st) != 0)
		return false;
	switch (op) {
	case 'b': return S_ISBLK(st.st_mode);
	case 'c': return S_ISCHR(st.st_mode);
	case 'd': return S_ISDIR(st.st_mode);
	case 'a':
	case 'e': return true;
	case 'f': return S_ISREG(st.st_mode);
	case 'g': return (st.st_mode & S_ISGID) != 0;
	case 'k': return (st.st_mode & S_ISVTX) != 0;
	case 'p': return S_ISFIFO(st.st_mode);
	case 'S': return S_ISSOCK(st.st_mode);
	case 's': return st.st_size > 0;
	case 'u': return (st.st_mode & S_ISUID) != 0;
	case 'O': return st.st_uid == geteuid();
	case 'G': return st.st_gid == getegid();
	case 'N':
		/* Modified since it was last read. */
		return st.st_mtim.tv_sec > st.st_atim.tv_sec
			|| (st.st_mtim.tv_sec == st.st_atim.tv_sec
			    && st.st_mtim.tv_nsec > st.st_atim.tv_nsec);
	default: return false;
	}
}

/* -nt: a file that exists is newer than one that does not. */
static bool newer(const char *a, const char *b)
{
	struct stat sa, sb;

	if (stat(a, &sa) != 0)
		return false;
	if (stat(b, &sb) != 0)
		return true;
	if (sa.st_mtim.tv_sec != sb.st_mtim.tv_sec)
		return sa.st_mtim.tv_sec > sb.st_mtim.tv_sec;
	return sa.st_mtim.tv_nsec > sb.st_mtim.tv_nsec;
}

static bool test_binary(struct test_state *ts, const char *a, const char *op,
	const char *b)
{
	struct stat sa, sb;
	long x, y;

	if (strcmp(op, "=") == 0 || strcmp(op, "==") == 0)
		return strcmp(a, b) == 0;
	if (strcmp(op, "!=") == 0)
		return strcmp(a, b) != 0;
	if (strcmp(op, "<") == 0)
		return strcmp(a, b) < 0;
	if (strcmp(op, ">") == 0)
		return strcmp(a, b) > 0;
	if (strcmp(op, "-a") == 0)
		return a[0] != '\0' && b[0] != '\0';
	if (strcmp(op, "-o") == 0)
		return a[0] != '\0' || b[0] != '\0';
	if (strcmp(op, "-nt") == 0 || strcmp(op, "-ot") == 0
	    || strcmp(op, "-ef") == 0) {
		struct fd1_standin si = { .fds = { -1, -1 } };
		a = standin(&si, a);
		b = standin(&si, b);
		bool v;
		if (op[1] == 'e')
			v = stat(a, &sa) == 0 && stat(b, &sb) == 0
				&& sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
		else
			v = op[1] == 'n' ? newer(a, b) : newer(b, a);
		standin_done(&si);
		return v;
	}
	x = test_int(ts, a);
	y = test_int(ts, b);
	if (ts->error)
		return false;
	if (strcmp(op, "-eq") == 0)
		return x == y;
	if (strcmp(op, "-ne") == 0)
		return x != y;
	if (strcmp(op, "-gt") == 0)
		return x > y;
	if (strcmp(op, "-ge") == 0)
		return x >= y;
	if (strcmp(op, "-lt") == 0)
		return x < y;
	return x <= y;	/* -le: is_binary_op admitted nothing else */
}

static const char *peek(const struct test_state *ts, int k)
{
	return ts->pos + k < ts->n ? ts->args[ts->pos + k] : NULL;
}

/* -o OPTION where a primary is expected (so never the binary -o): true
 * if the set -o option is on, false for an unknown name, as in bash, mksh
 * and ksh.  XCU test leaves this form unspecified. */
static bool test_option(const struct test_state *ts, const char *name)
{
	int opt = option_by_name(name);
	return opt >= 0 && ts->sh->opts[opt];
}

/* primary: ( expr ) | unary-op arg | arg binary-op arg | arg.  A binary
 * reading is preferred when the second token is a binary operator, so
 * that "[ ! = x ]" style operands that look like operators still work. */
static bool test_primary(struct test_state *ts)
{
	const char *a = peek(ts, 0);
	const char *b = peek(ts, 1);
	const char *c = peek(ts, 2);
	bool v;

	if (a == NULL) {
		test_syntax(ts, NULL);
		return false;
	}
	if (b != NULL && c != NULL && is_binary_op(b)
	    && strcmp(b, "-a") != 0 && strcmp(b, "-o") != 0) {
		ts->pos += 3;
		return test_binary(ts, a, b, c);
	}
	if (strcmp(a, "(") == 0) {
		ts->pos++;
		v = test_or(ts);
		if (peek(ts, 0) == NULL || strcmp(peek(ts, 0), ")") != 0) {
			test_syntax(ts, peek(ts, 0));
			return false;
		}
		ts->pos++;
		return v;
	}
	if (is_unary_op(a) && b != NULL) {
		ts->pos += 2;
		return test_unary(ts, a[1], b);
	}
	if (strcmp(a, "-o") == 0 && b != NULL) {
		ts->pos += 2;
		return test_option(ts, b);
	}
	ts->pos++;
	return a[0] != '\0';
}

static bool test_not(struct test_state *ts)
{
	const char *a = peek(ts, 0);
	const char *b = peek(ts, 1);

	if (a != NULL && strcmp(a, "!") == 0
	    && !(b != NULL && peek(ts, 2) != NULL && is_binary_op(b))) {
		ts->pos++;
		return !test_not(ts);
	}
	return test_primary(ts);
}

static bool test_and(struct test_state *ts)
{
	bool v = test_not(ts);

	while (!ts->error && peek(ts, 0) != NULL
	       && strcmp(peek(ts, 0), "-a") == 0) {
		bool w;

		ts->pos++;
		w = test_not(ts);
		v = v && w;
	}
	return v;
}

static bool test_or(struct test_state *ts)
{
	bool v = test_and(ts);

	while (!ts->error && peek(ts, 0) != NULL
	       && strcmp(peek(ts, 0), "-o") == 0) {
		bool w;

		ts->pos++;
		w = test_and(ts);
		v = v || w;
	}
	return v;
}

/* The counted rules of XCU test for n <= 4 arguments starting at args. */
static bool test_counted(struct test_state *ts, char **a, int n)
{
	switch (n) {
	case 0:
		return false;
	case 1:
		return a[0][0] != '\0';
	case 2:
		if (strcmp(a[0], "!") == 0)
			return a[1][0] == '\0';
		if (is_unary_op(a[0]))
			return test_unary(ts, a[0][1], a[1]);
		if (strcmp(a[0], "-o") == 0)
			return test_option(ts, a[1]);
		test_syntax(ts, a[0]);
		return false;
	case 3:
		if (is_binary_op(a[1]))
			return test_binary(ts, a[0], a[1], a[2]);
		if (strcmp(a[0], "!") == 0)
			return !test_counted(ts, a + 1, 2);
		if (strcmp(a[0], "(") == 0 && strcmp(a[2], ")") == 0)
			return a[1][0] != '\0';
		test_syntax(ts, a[1]);
		return false;
	case 4:
		if (strcmp(a[0], "!") == 0)
			return !test_counted(ts, a + 1, 3);
		if (strcmp(a[0], "(") == 0 && strcmp(a[3], ")") == 0)
			return test_counted(ts, a + 1, 2);
		break;
	default:
		break;
	}
	ts->pos = (int)(a - ts->args);
	{
		bool v = test_or(ts);

		if (!ts->error && ts->pos < ts->n)
			test_syntax(ts, ts->args[ts->pos]);
		return v;
	}
}

int builtin_test(struct shell *sh, int argc, char **argv)
{
	struct test_state ts;
	bool v;

	ts.sh = sh;
	ts.name = argv[0];
	ts.args = argv + 1;
	ts.n = argc - 1;
	ts.pos = 0;
	ts.error = false;
	if (strcmp(argv[0], "[") == 0) {
		if (argc < 2 || strcmp(argv[argc - 1], "]") != 0) {
			sh_error(argv[0], "missing ]");
			return 2;
		}
		ts.n--;
	}
	v = test_counted(&ts, ts.args, ts.n);
	if (ts.error)
		return 2;
	return v ? 0 : 1;
}

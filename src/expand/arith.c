/* Arithmetic expansion: a recursive-descent evaluator, one function per
 * precedence level of XCU 2.6.4 (the C operators, lowest first), working
 * straight on the text without a separate token list.
 *
 * Every level takes an "ev" flag: false in the branch that && || and ?:
 * skip, where the expression is still parsed (so syntax errors are found)
 * but nothing is assigned, no variable is read and no division faults.
 *
 * Arithmetic is done on unsigned long where C would overflow, so results
 * wrap around as in dash and bash instead of being undefined. */
#include "expand/arith.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expand/expand_int.h"
#include "shell.h"
#include "util/error.h"
#include "util/stack.h"
#include "util/xalloc.h"
#include "var/var.h"

struct arith {
	struct shell *sh;
	const char *expr;
	const char *p;
	bool failed;	/* a message was printed; unwind */
	/* Every precedence level peeks at the same position before the
	 * lowest one consumes it: remember the last answer. */
	const char *peeked_at;
	const char *peeked;
	int peeked_idx;	/* its index in arith_ops, or -1 */
	int depth;	/* variables evaluated as expressions, nested */
};

/* Indexes of the operators in arith_ops below (same order), so that a
 * binary level can keep its operators as a constant bit set. */
enum arith_op_index {
	OPI_SHL_ASSIGN, OPI_SHR_ASSIGN, OPI_POW_ASSIGN,
	OPI_SHL, OPI_SHR, OPI_POW, OPI_LE, OPI_GE, OPI_EQ, OPI_NE, OPI_LAND, OPI_LOR,
	OPI_INC, OPI_DEC,
	OPI_MUL_ASSIGN, OPI_DIV_ASSIGN, OPI_MOD_ASSIGN, OPI_ADD_ASSIGN,
	OPI_SUB_ASSIGN, OPI_AND_ASSIGN, OPI_XOR_ASSIGN, OPI_OR_ASSIGN,
	OPI_LT, OPI_GT, OPI_ASSIGN, OPI_NOT, OPI_BNOT, OPI_PLUS, OPI_MINUS,
	OPI_MUL, OPI_DIV, OPI_MOD, OPI_BAND, OPI_BXOR, OPI_BOR,
	OPI_QUESTION, OPI_COLON, OPI_LPAREN, OPI_RPAREN, OPI_COMMA,
	OPI_COUNT
};

/* Operators, longest first so that a prefix never hides a longer one. */
static const char *const arith_ops[] = {
	"<<=", ">>=", "**=",
	"<<", ">>", "**", "<=", ">=", "==", "!=", "&&", "||", "++", "--",
	"*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=",
	"<", ">", "=", "!", "~", "+", "-", "*", "/", "%", "&", "^", "|",
	"?", ":", "(", ")", ",",
	NULL,
};
_Static_assert(sizeof arith_ops / sizeof arith_ops[0] == OPI_COUNT + 1,
	"arith_ops and enum arith_op_index differ");
_Static_assert(OPI_COUNT <= 64, "operator sets are 64-bit masks");

static long arith_comma(struct arith *a, bool ev);
static long arith_assign(struct arith *a, bool ev);
static long arith_cond(struct arith *a, bool ev);
static long arith_unary(struct arith *a, bool ev);
static long arith_var_expr(struct arith *a, const char *value);

static void arith_fail(struct arith *a, const char *what)
{
	if (a->failed)
		return;
	a->failed = true;
	sh_error("arithmetic", "%s: %s", a->expr, what);
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool is_ident_start(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static bool is_ident_char(char c)
{
	return is_ident_start(c) || (c >= '0' && c <= '9');
}

static void skip_blanks(struct arith *a)
{
	while (is_blank(*a->p))
		a->p++;
}

/* The operator at the cursor (after blanks), or NULL. */
static const char *peek_op(struct arith *a)
{
	skip_blanks(a);
	if (a->peeked_at == a->p)
		return a->peeked;
	const char *found = NULL;
	int idx = -1;
	/* Operators start with punctuation: skip the table for the
	 * operands (names and numbers) that make up half the calls. */
	if (*a->p && strchr("<>=!&|+-*/%^~?:(),", *a->p)) {
		for (int i = 0; arith_ops[i]; i++) {
			const char *op = arith_ops[i];
			if (op[0] == a->p[0] && (!op[1] || (op[1] == a->p[1]
			    && (!op[2] || op[2] == a->p[2])))) {
				found = op;
				idx = i;
				break;
			}
		}
	}
	a->peeked_at = a->p;
	a->peeked = found;
	a->peeked_idx = idx;
	return found;
}

/* Operators are at most three bytes: compared here, without a call, since
 * every level of every expression asks. */
static bool op_is(const char *op, const char *s)
{
	if (!op)
		return false;
	for (size_t i = 0;; i++) {
		if (op[i] != s[i])
			return false;
		if (!op[i])
			return true;
	}
}

/* The value of digit c in base (2 to 64: 0-9, a-z, A-Z, @, _; letters
 * of either case are 10 to 35 up to base 36, as in bash), or -1. */
static int base_digit(char c, unsigned long base)
{
	unsigned long d;
	if (c >= '0' && c <= '9')
		d = (unsigned long)(c - '0');
	else if (c >= 'a' && c <= 'z')
		d = (unsigned long)(c - 'a') + 10;
	else if (c >= 'A' && c <= 'Z')
		d = (unsigned long)(c - 'A') + (base <= 36 ? 10 : 36);
	else if (c == '@')
		d = 62;
	else if (c == '_')
		d = 63;
	else
		return -1;
	return d < base ? (int)d : -1;
}

/* Parses an integer constant: decimal, 0octal, 0xhex, or BASE#digits
 * with BASE from 2 to 64 (bash and mksh; dash has none of it).  Leaves
 * *pp after it.  False if the digits are bad or run into letters ("09",
 * "12abc", "2#12"). */
static bool parse_const(const char **pp, unsigned long *out)
{
	const char *p = *pp;
	unsigned long v = 0;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		p += 2;
		const char *start = p;
		for (int d; (d = base_digit(*p, 16)) >= 0; p++)
			v = v * 16 + (unsigned long)d;
		if (p == start)
			return false;
	} else if (p[0] == '0') {
		for (p++; *p >= '0' && *p <= '7'; p++)
			v = v * 8 + (unsigned long)(*p - '0');
	} else if (*p >= '1' && *p <= '9') {
		for (; *p >= '0' && *p <= '9' && v <= 64; p++)
			v = v * 10 + (unsigned long)(*p - '0');
		if (*p == '#') {
			unsigned long base = v;
			if (base < 2 || base > 64)
				return false;
			const char *start = ++p;
			v = 0;
			for (int d; (d = base_digit(*p, base)) >= 0; p++)
				v = v * base + (unsigned long)d;
			if (p == start || is_ident_char(*p) || *p == '@')
				return false;
		}
		for (; *p >= '0' && *p <= '9'; p++)
			v = v * 10 + (unsigned long)(*p - '0');
	} else {
		return false;
	}
	if (is_ident_char(*p))
		return false;
	*pp = p;
	*out = v;
	return true;
}

/* How deep a variable's value may name another whose value is an
 * expression (bash stops at 1024 with the same message). */
#define ARITH_MAX_DEPTH 1024

/* A variable's value as a number: optional blanks and sign around one
 * constant.  Any other value is evaluated as an expression of its own,
 * as in bash and mksh (x=1+2 makes $((x*2)) 6, and a name whose value
 * is another name reads that one); an empty value is 0. */
static long arith_var_get(struct arith *a, const char *name, bool ev)
{
	if (!ev || a->failed)
		return 0;
	char num[32];
	const char *s = param_var_get(a->sh, name, num);
	if (!s) {
		if (a->sh->opts[OPT_NOUNSET]) {
			a->failed = true;
			sh_error(name, "parameter not set");
		}
		return 0;
	}
	const char *p = s;
	while (is_blank(*p))
		p++;
	if (*p == '\0')
		return 0;
	bool neg = false;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	unsigned long v;
	if (!parse_const(&p, &v))
		return arith_var_expr(a, s);
	while (is_blank(*p))
		p++;
	if (*p)
		return arith_var_expr(a, s);
	return (long)(neg ? 0UL - v : v);
}

static void arith_var_set(struct arith *a, const char *name, long v, bool ev)
{
	if (!ev || a->failed)
		return;
	char buf[24];
	exp_format_long(buf, v);
	unsigned flags = a->sh->opts[OPT_ALLEXPORT] ? VAR_EXPORT : 0;
	if (!var_set(a->sh->vars, name, buf, flags)) {
		a->failed = true;
		sh_error(name, "readonly variable");
	}
}

/* Reads an identifier at the cursor into a fresh string, or NULL. */
static char *read_name(struct arith *a)
{
	skip_blanks(a);
	if (!is_ident_start(*a->p))
		return NULL;
	const char *start = a->p;
	while (is_ident_char(*a->p))
		a->p++;
	return xstrndup(start, (size_t)(a->p - start));
}

/* Applies a binary operator given by its first character(s). */
/* l ** r, wrapping on overflow as * does; a negative exponent is an
 * error, as in bash and ksh. */
static long arith_power(struct arith *a, long l, long r, bool ev)
{
	unsigned long base = (unsigned long)l, result = 1;

	if (!ev)
		return 0;
	if (r < 0) {
		arith_fail(a, "negative exponent");
		return 0;
	}
	for (unsigned long e = (unsigned long)r; e; e >>= 1) {
		if (e & 1)
			result *= base;
		base *= base;
	}
	return (long)result;
}

static long binop(struct arith *a, const char *op, long l, long r, bool ev)
{
	unsigned long ul = (unsigned long)l, ur = (unsigned long)r;
	switch (op[0]) {
	case '+': return (long)(ul + ur);
	case '-': return (long)(ul - ur);
	case '*':
		if (op[1] == '*')
			return arith_power(a, l, r, ev);
		return (long)(ul * ur);
	case '/':
	case '%':
		if (!ev)
			return 0;
		if (r == 0) {
			arith_fail(a, "division by zero");
			return 0;
		}
		/* LONG_MIN / -1 traps on x86; the wrapped result is LONG_MIN. */
		if (r == -1)
			return op[0] == '/' ? (long)(0UL - ul) : 0;
		return op[0] == '/' ? l / r : l % r;
	case '<':
		if (op[1] == '<')
			return (long)(ul << (ur & 63));
		return op[1] == '=' ? l <= r : l < r;
	case '>':
		if (op[1] == '>')
			return l >> (ur & 63);
		return op[1] == '=' ? l >= r : l > r;
	case '&': return l & r;
	case '^': return l ^ r;
	case '|': return l | r;
	case '=': return l == r;
	case '!': return l != r;
	}
	return 0;
}

static long arith_primary(struct arith *a, bool ev)
{
	if (a->failed)
		return 0;
	const char *op = peek_op(a);
	if (op_is(op, "(")) {
		a->p++;
		long v = arith_comma(a, ev);
		if (!op_is(peek_op(a), ")")) {
			arith_fail(a, "missing ')'");
			return 0;
		}
		a->p++;
		return v;
	}
	if (*a->p >= '0' && *a->p <= '9') {
		unsigned long v;
		if (!parse_const(&a->p, &v)) {
			arith_fail(a, "bad number");
			return 0;
		}
		return (long)v;
	}
	char *name = read_name(a);
	if (!name) {
		arith_fail(a, *a->p ? "syntax error" : "expression expected");
		return 0;
	}
	long v = arith_var_get(a, name, ev);
	op = peek_op(a);
	if (op_is(op, "++") || op_is(op, "--")) {
		a->p += 2;
		arith_var_set(a, name, binop(a, op, v, 1, ev), ev);
	}
	free(name);
	return v;
}

/* Every recursion of the evaluator passes through arith_assign (nested
 * parentheses, ?:, assignments) or arith_unary (a chain of unary
 * operators): a long enough expression must fail there, not overflow the
 * C stack. */
static bool arith_too_deep(struct arith *a)
{
	if (!stack_exhausted())
		return false;
	arith_fail(a, "expression nested too deeply");
	return true;
}

static long arith_unary(struct arith *a, bool ev)
{
	if (a->failed || arith_too_deep(a))
		return 0;
	const char *op = peek_op(a);
	if (op_is(op, "++") || op_is(op, "--")) {
		a->p += 2;
		char *name = read_name(a);
		if (!name) {
			arith_fail(a, "++ or -- needs a variable");
			return 0;
		}
		long v = binop(a, op, arith_var_get(a, name, ev), 1, ev);
		arith_var_set(a, name, v, ev);
		free(name);
		return v;
	}
	if (op_is(op, "+") || op_is(op, "-") || op_is(op, "!") || op_is(op, "~")) {
		a->p++;
		long v = arith_unary(a, ev);
		switch (op[0]) {
		case '-': return (long)(0UL - (unsigned long)v);
		case '!': return !v;
		case '~': return ~v;
		}
		return v;
	}
	return arith_primary(a, ev);
}

/* ** binds tighter than * and looser than the unary operators (-2**2 is
 * 4, as in bash), and groups to the right: 2**3**2 is 2**9. */
static long arith_pow(struct arith *a, bool ev)
{
	long l = arith_unary(a, ev);

	if (a->failed || !op_is(peek_op(a), "**"))
		return l;
	a->p += 2;
	long r = arith_pow(a, ev);
	return binop(a, "**", l, r, ev);
}

#define OPS(x) (1ULL << (x))

/* One left-associative binary level: ops is the set of operators it takes
 * (OPS bits of arith_ops indexes), next the level above.  Every
 * expression passes through all the levels: one mask test each. */
static long arith_binary(struct arith *a, bool ev, unsigned long long ops,
	long (*next)(struct arith *, bool))
{
	long l = next(a, ev);
	while (!a->failed) {
		if (!peek_op(a))
			break;
		int k = a->peeked_idx;
		/* "5--3" is 5 - -3 when "--" cannot be a postfix decrement
		 * (which arith_primary has already taken). */
		if (k == OPI_DEC)
			k = OPI_MINUS;
		else if (k == OPI_INC)
			k = OPI_PLUS;
		if (!(ops & OPS(k)))
			break;
		const char *op = arith_ops[k];
		a->p += strlen(op);
		long r = next(a, ev);
		l = binop(a, op, l, r, ev);
	}
	return l;
}

static long arith_mul(struct arith *a, bool ev)
{
	return arith_binary(a, ev, OPS(OPI_MUL) | OPS(OPI_DIV) | OPS(OPI_MOD), arith_pow);
}
static long arith_add(struct arith *a, bool ev)
{
	return arith_binary(a, ev, OPS(OPI_PLUS) | OPS(OPI_MINUS), arith_mul);
}
static long arith_shift(struct arith *a, bool ev)
{
	return arith_binary(a, ev, OPS(OPI_SHL) | OPS(OPI_SHR), arith_add);
}
static long arith_rel(struct arith *a, bool ev)
{
	return arith_binary(a, ev, OPS(OPI_LT) | OPS(OPI_LE) | OPS(OPI_GT) | OPS(OPI_GE),
		arith_shift);
}
static long arith_eq(struct arith *a, bool ev)
{
	return arith_binary(a, ev, OPS(OPI_EQ) | OPS(OPI_NE), arith_rel);
}
static long arith_band(struct arith *a, bool ev)
{
	return arith_binary(a, ev, OPS(OPI_BAND), arith_eq);
}
static long arith_bxor(struct arith *a, bool ev)
{
	return arith_binary(a, ev, OPS(OPI_BXOR), arith_band);
}
static long arith_bor(struct arith *a, bool ev)
{
	return arith_binary(a, ev, OPS(OPI_BOR), arith_bxor);
}

static long arith_land(struct arith *a, bool ev)
{
	long l = arith_bor(a, ev);
	while (!a->failed && op_is(peek_op(a), "&&")) {
		a->p += 2;
		long r = arith_bor(a, ev && l);
		l = l && r;
	}
	return l;
}

static long arith_lor(struct arith *a, bool ev)
{
	long l = arith_land(a, ev);
	while (!a->failed && op_is(peek_op(a), "||")) {
		a->p += 2;
		long r = arith_land(a, ev && !l);
		l = l || r;
	}
	return l;
}

static long arith_cond(struct arith *a, bool ev)
{
	long c = arith_lor(a, ev);
	if (a->failed || !op_is(peek_op(a), "?"))
		return c;
	a->p++;
	long t = arith_comma(a, ev && c);
	/* After a failure the cursor may sit on the final NUL: it must not
	 * step over it. */
	if (a->failed)
		return 0;
	if (!op_is(peek_op(a), ":")) {
		arith_fail(a, "':' expected");
		return 0;
	}
	a->p++;
	long f = arith_cond(a, ev && !c);
	return c ? t : f;
}

static long arith_assign(struct arith *a, bool ev)
{
	if (a->failed || arith_too_deep(a))
		return 0;
	const char *save = a->p;
	char *name = read_name(a);
	if (name) {
		const char *op = peek_op(a);
		size_t len = op ? strlen(op) : 0;
		if (op && op[len - 1] == '=' && !op_is(op, "==") &&
		    !op_is(op, "!=") && !op_is(op, "<=") && !op_is(op, ">=")) {
			a->p += len;
			long r = arith_assign(a, ev);
			long v = r;
			if (!op_is(op, "="))
				v = binop(a, op, arith_var_get(a, name, ev), r, ev);
			arith_var_set(a, name, v, ev);
			free(name);
			return v;
		}
		free(name);
		a->p = save;
	}
	return arith_cond(a, ev);
}

static long arith_comma(struct arith *a, bool ev)
{
	long v = arith_assign(a, ev);
	while (!a->failed && op_is(peek_op(a), ",")) {
		a->p++;
		v = arith_assign(a, ev);
	}
	return v;
}

/* value, a variable's value that is no constant, as an expression; a
 * failure there fails a. */
static long arith_var_expr(struct arith *a, const char *value)
{
	if (a->depth >= ARITH_MAX_DEPTH) {
		arith_fail(a, "expression recursion level exceeded");
		return 0;
	}
	/* An assignment in the value may replace it: work on a copy. */
	char *copy = xstrdup(value);
	struct arith sub = { .sh = a->sh, .expr = copy, .p = copy,
		.depth = a->depth + 1 };
	long v = arith_comma(&sub, true);
	skip_blanks(&sub);
	if (!sub.failed && *sub.p)
		arith_fail(&sub, "syntax error");
	free(copy);
	if (sub.failed)
		a->failed = true;
	return v;
}

bool arith_eval(struct shell *sh, const char *expr, long *result)
{
	struct arith a = { .sh = sh, .expr = expr, .p = expr };
	skip_blanks(&a);
	if (*a.p == '\0') {
		*result = 0;
		return true;
	}
	long v = arith_comma(&a, true);
	skip_blanks(&a);
	if (!a.failed && *a.p)
		arith_fail(&a, "syntax error");
	if (a.failed)
		return false;
	*result = v;
	return true;
}

/* [[ expression ]], as bash, ksh, mksh and zsh have it.
 *
 * Operands are expanded without field splitting or pathname expansion, so
 * [[ $x = a ]] needs no quotes; the right side of == and != is a pattern
 * (its quoted characters literal), of =~ an extended regular expression;
 * && and || short-circuit; -eq and friends compare arithmetic
 * expressions.  The file and string primaries are those of test, which
 * this calls, so that one place knows them. */
#include "config.h"

#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "builtin/builtin.h"
#include "exec/exec_int.h"
#include "expand/arith.h"
#include "expand/expand.h"
#include "parse/ast.h"
#include "util/error.h"
#include "var/options.h"
#include "var/var.h"

/* Results below: true, false, an error of the expression (status 2), an
 * expansion error (fatal, as in any command). */
enum cond_result { COND_TRUE, COND_FALSE, COND_ERROR, COND_FATAL };

static enum cond_result cond_of(bool b)
{
	return b ? COND_TRUE : COND_FALSE;
}

static enum cond_result cond_test(struct shell *sh, char **argv, int argc)
{
	int st = builtin_test(sh, argc, argv);
	return st == 0 ? COND_TRUE : st == 1 ? COND_FALSE : COND_ERROR;
}

static enum cond_result cond_regex(const char *s, const char *re)
{
	regex_t rx;
	int err = regcomp(&rx, re, REG_EXTENDED | REG_NOSUB);
	if (err != 0) {
		char msg[128];
		regerror(err, &rx, msg, sizeof msg);
		sh_error("[[", "%s: %s", re, msg);
		return COND_ERROR;
	}
	bool m = regexec(&rx, s, 0, NULL, 0) == 0;
	regfree(&rx);
	return cond_of(m);
}

static bool is_arith_op(const char *op)
{
	static const char *const ops[] = {
		"-eq", "-ne", "-lt", "-le", "-gt", "-ge",
	};
	for (size_t i = 0; i < sizeof(ops) / sizeof(*ops); i++)
		if (strcmp(op, ops[i]) == 0)
			return true;
	return false;
}

static enum cond_result cond_arith(struct shell *sh, const char *op,
	const char *a, const char *b)
{
	long x, y;
	if (!arith_eval(sh, a, &x) || !arith_eval(sh, b, &y))
		return COND_ERROR;
	if (strcmp(op, "-eq") == 0)
		return cond_of(x == y);
	if (strcmp(op, "-ne") == 0)
		return cond_of(x != y);
	if (strcmp(op, "-lt") == 0)
		return cond_of(x < y);
	if (strcmp(op, "-le") == 0)
		return cond_of(x <= y);
	if (strcmp(op, "-gt") == 0)
		return cond_of(x > y);
	return cond_of(x >= y);
}

static enum cond_result cond_binary(struct shell *sh, const struct cond *c,
	const char *a)
{
	const char *op = c->op;
	bool is_match = strcmp(op, "==") == 0 || strcmp(op, "=") == 0;
	if (is_match || strcmp(op, "!=") == 0) {
		char *pat = expand_pattern(sh, c->b);
		if (!pat)
			return COND_FATAL;
		bool m = pattern_match(pat, a);
		free(pat);
		return cond_of(m == is_match);
	}
	char *b = expand_word_str(sh, c->b, EXPAND_STR_PLAIN);
	if (!b)
		return COND_FATAL;
	enum cond_result r;
	if (strcmp(op, "=~") == 0)
		r = cond_regex(a, b);
	else if (strcmp(op, "<") == 0)
		r = cond_of(strcoll(a, b) < 0);
	else if (strcmp(op, ">") == 0)
		r = cond_of(strcoll(a, b) > 0);
	else if (is_arith_op(op))
		r = cond_arith(sh, op, a, b);
	else
		r = cond_test(sh, (char *[]){ "[[", (char *)a, (char *)op, b,
			NULL }, 4);
	free(b);
	return r;
}

static enum cond_result cond_eval(struct shell *sh, const struct cond *c)
{
	enum cond_result r;
	switch (c->type) {
	case COND_NOT:
		r = cond_eval(sh, c->left);
		return r == COND_TRUE ? COND_FALSE : r == COND_FALSE ? COND_TRUE : r;
	case COND_AND:
	case COND_OR:
		r = cond_eval(sh, c->left);
		if (r != (c->type == COND_AND ? COND_TRUE : COND_FALSE))
			return r;
		return cond_eval(sh, c->right);
	default:
		break;
	}
	char *a = expand_word_str(sh, c->a, EXPAND_STR_PLAIN);
	if (!a)
		return COND_FATAL;
	if (c->type == COND_WORD) {
		r = cond_of(a[0] != '\0');
	} else if (c->type == COND_BINARY) {
		r = cond_binary(sh, c, a);
	} else if (strcmp(c->op, "-o") == 0) {
		int opt = option_by_name(a);
		r = cond_of(opt >= 0 && sh->opts[opt]);
	} else if (strcmp(c->op, "-v") == 0) {
		r = cond_of(var_get(sh->vars, a) != NULL);
	} else {
		r = cond_test(sh, (char *[]){ "[[", (char *)c->op, a, NULL }, 3);
	}
	free(a);
	return r;
}

enum flow exec_cond(struct shell *sh, const struct node *n)
{
	exec_xtrace_node(sh, n);
	switch (cond_eval(sh, n->cond.expr)) {
	case COND_TRUE:
		sh->status = 0;
		return FLOW_NEXT;
	case COND_FALSE:
		sh->status = 1;
		break;
	case COND_ERROR:
		sh->status = 2;
		break;
	case COND_FATAL:
		return exec_fatal(sh, sh->status);
	}
	return exec_check_errexit(sh);
}

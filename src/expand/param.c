/* Parameter expansion (XCU 2.6.2): special parameters from struct shell,
 * variables from the table, and the ${x OP word} operators.  The word of an
 * operator is expanded only when the operator needs it, as POSIX requires
 * (${x-$(cmd)} runs cmd only if x is unset). */
#include "expand/expand.h"
#include "expand/expand_int.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "expand/arith.h"
#include "parse/ast.h"
#include "shell.h"
#include "util/error.h"
#include "util/strbuf.h"
#include "util/vec.h"
#include "util/xalloc.h"
#include "var/var.h"

static bool is_special_all(const char *name)
{
	return (name[0] == '@' || name[0] == '*') && name[1] == '\0';
}

static bool is_var_name(const char *s)
{
	if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_'))
		return false;
	for (s++; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		      (*s >= '0' && *s <= '9') || *s == '_'))
			return false;
	return true;
}

/* The separator of "$*": the first character of IFS (all its bytes in a
 * multibyte locale, as in bash), a space if IFS is unset, nothing if it
 * is empty. */
#define STAR_SEP_SIZE (MB_LEN_MAX + 1)
static const char *star_sep(const struct shell *sh, char buf[STAR_SEP_SIZE])
{
	const char *ifs = var_get(sh->vars, "IFS");
	if (!ifs)
		ifs = " ";
	size_t k = *ifs ? expand_char_len(ifs, strlen(ifs)) : 0;
	if (k >= STAR_SEP_SIZE)
		k = 1;
	memcpy(buf, ifs, k);
	buf[k] = '\0';
	return buf;
}

static char *join_params(const struct shell *sh, const char *sep)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < sh->nparams; i++) {
		if (i)
			strbuf_append(&sb, sep);
		strbuf_append(&sb, sh->params[i]);
	}
	return strbuf_finish(&sb);
}

/* The value of a parameter as one string, or NULL if it is unset.  *tmp
 * receives storage to free (or NULL); num is scratch for numbers. */
static const char *param_value(struct shell *sh, const char *name, char **tmp,
	char num[32])
{
	*tmp = NULL;
	if (name[0] >= '0' && name[0] <= '9') {
		if (name[0] == '0' && name[1] == '\0')
			return sh->arg0 ? sh->arg0 : "";
		unsigned long idx = strtoul(name, NULL, 10);
		if (idx == 0 || idx > sh->nparams)
			return NULL;
		return sh->params[idx - 1];
	}
	if (name[1] == '\0') {
		char sep[STAR_SEP_SIZE];
		switch (name[0]) {
		case '?':
			snprintf(num, 32, "%d", sh->status);
			return num;
		case '#':
			snprintf(num, 32, "%zu", sh->nparams);
			return num;
		case '$':
			snprintf(num, 32, "%ld", (long)sh->pid);
			return num;
		case '!':
			if (!sh->last_bg)
				return NULL;
			snprintf(num, 32, "%ld", (long)sh->last_bg);
			return num;
		case '-':
			return *tmp = shell_option_letters(sh);
		case '@':
		case '*':
			if (sh->nparams == 0)
				return NULL;
			return *tmp = join_params(sh, name[0] == '@' ? " " :
				star_sep(sh, sep));
		}
	}
	return param_var_get(sh, name, num);
}

/* Stores the computed value v of name (RANDOM, SECONDS) in the table and
 * in last, so that the next read can tell an assignment from it. */
static const char *dynamic_store(struct shell *sh, const char *name, long v,
	char last[24], char num[32])
{
	snprintf(num, 32, "%ld", v);
	if (var_set(sh->vars, name, num, 0))
		snprintf(last, 24, "%s", num);
	return var_get(sh->vars, name);
}

/* $RANDOM: 0 to 32767 from a linear congruential generator.  A value the
 * script assigned is the new seed, as in bash and mksh; a forked child
 * reseeds so that subshells do not repeat their parent's numbers. */
static const char *random_get(struct shell *sh, const char *value,
	char num[32])
{
	if (strcmp(value, sh->random_last) != 0) {
		sh->random_state = strtoul(value, NULL, 10);
		sh->random_pid = getpid();
	} else if (sh->random_pid != getpid()) {
		sh->random_pid = getpid();
		sh->random_state ^= (unsigned long)sh->random_pid << 16;
	}
	sh->random_state = sh->random_state * 1103515245UL + 12345UL;
	long v = (long)((sh->random_state >> 16) & 0x7fff);
	return dynamic_store(sh, "RANDOM", v, sh->random_last, num);
}

/* $SECONDS: seconds since start-up, or since the script assigned it,
 * plus the value assigned. */
static const char *seconds_get(struct shell *sh, const char *value,
	char num[32])
{
	long now = (long)time(NULL);
	if (strcmp(value, sh->seconds_last) != 0)
		sh->seconds_base = now - strtol(value, NULL, 10);
	return dynamic_store(sh, "SECONDS", now - sh->seconds_base,
		sh->seconds_last, num);
}

const char *param_var_get(struct shell *sh, const char *name, char num[32])
{
	if (name[0] == 'L' && strcmp(name, "LINENO") == 0) {
		/* Dynamic: the line of the command being run. */
		snprintf(num, 32, "%d", sh->lineno);
		return num;
	}
	if (name[0] == '_' && name[1] == '\0')
		shell_sync_last_arg(sh);
	const char *value = var_get(sh->vars, name);
	if (value && name[0] == 'R' && strcmp(name, "RANDOM") == 0)
		return random_get(sh, value, num);
	if (value && name[0] == 'S' && strcmp(name, "SECONDS") == 0)
		return seconds_get(sh, value, num);
	return value;
}

/* Between two parameters of unquoted $@ or $*: the first character of
 * IFS, split like any other, so that with IFS=x the parameters one, ""
 * and two give the fields one, "" and two (as in bash and mksh; dash
 * drops the empty one, which POSIX also allows).  With IFS empty there
 * is no splitting, and only non-empty parameters make fields. */
static void unquoted_sep(struct exp_ctx *e)
{
	char sep[STAR_SEP_SIZE];
	star_sep(e->sh, sep);
	if (*sep)
		exp_add_result(e, sep, strlen(sep), false);
	else
		exp_break_field(e);
}

/* Appends the value of a used parameter; $@ and $* make one field per
 * parameter where the context makes fields. */
static void emit_value(struct exp_ctx *e, const char *name, const char *value,
	bool quoted)
{
	struct shell *sh = e->sh;
	if (!is_special_all(name) || e->mode != EXP_FIELDS ||
	    (quoted && name[0] == '*')) {
		if (value)
			exp_add_result(e, value, strlen(value), quoted);
		return;
	}
	/* An empty first parameter with nothing before it in the word goes
	 * with its separator: "" "" makes no field (mksh, dash; bash makes
	 * one). */
	size_t fields_before = e->out ? e->out->len : 0;
	bool begun_before = e->started;
	for (size_t i = 0; i < sh->nparams; i++) {
		const char *p = sh->params[i];
		if (quoted) {
			if (i)
				exp_end_field(e);
			exp_start_field(e);
			exp_add(e, p, strlen(p), true);
		} else {
			bool lone_empty_first = i == 1 && !begun_before && !e->started
				&& e->out && e->out->len == fields_before;
			if (i && !lone_empty_first)
				unquoted_sep(e);
			exp_add_result(e, p, strlen(p), false);
		}
	}
}

static size_t char_count(const char *s)
{
	size_t ascii = 0;
	while (s[ascii] && (unsigned char)s[ascii] < 0x80)
		ascii++;
	if (!s[ascii] || !vars_ctype_multibyte())
		return ascii + strlen(s + ascii);
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t n = 0, len = strlen(s);
	while (len > 0) {
		size_t k = mbrlen(s, len, &st);
		if (k == (size_t)-1 || k == (size_t)-2) {
			/* invalid bytes count one each */
			memset(&st, 0, sizeof st);
			k = 1;
		} else if (k == 0) {
			break;
		}
		s += k;
		len -= k;
		n++;
	}
	return n;
}

/* The offsets in value (n bytes) where a character starts, and n: where
 * the trim operators may cut, so that they never split a character; NULL
 * when that is every offset (read it through AT).  Caller frees. */
static size_t *char_starts(const char *value, size_t n, size_t *count)
{
	/* Every byte a character (ASCII, or a single-byte locale). */
	bool multi = false;
	if (vars_ctype_multibyte())
		for (size_t i = 0; i < n && !multi; i++)
			multi = (unsigned char)value[i] >= 0x80;
	if (!multi) {
		*count = n + 1;
		return NULL;
	}
	size_t *at = xcalloc(n + 1, sizeof *at);
	size_t k = 0, i = 0;
	mbstate_t st;
	memset(&st, 0, sizeof st);
	while (i < n) {
		at[k++] = i;
		size_t len = 1;
		if ((unsigned char)value[i] >= 0x80 && vars_ctype_multibyte()) {
			len = mbrlen(value + i, n - i, &st);
			if (len == (size_t)-1 || len == (size_t)-2 || len == 0) {
				memset(&st, 0, sizeof st);
				len = 1;
			}
		}
		i += len;
	}
	at[k++] = n;
	*count = k;
	return at;
}

/* The offset of the j-th character start in a char_starts table. */
#define AT(j) (at ? at[j] : (j))

/* The ${x%pat} family on value; returns the start and length kept. */
static void trim(enum param_op op, const char *pat, const char *value,
	size_t *start, size_t *len)
{
	size_t n = strlen(value), k;
	size_t *at = char_starts(value, n, &k);
	*start = 0;
	*len = n;
	switch (op) {
	case PARAM_TRIM_PREFIX:
		for (size_t j = 0; j < k; j++)
			if (pattern_match_n(pat, value, AT(j))) {
				*start = AT(j);
				*len = n - AT(j);
				break;
			}
		break;
	case PARAM_TRIM_PREFIX_LONG:
		for (size_t j = k; j-- > 0;)
			if (pattern_match_n(pat, value, AT(j))) {
				*start = AT(j);
				*len = n - AT(j);
				break;
			}
		break;
	case PARAM_TRIM_SUFFIX:
		for (size_t j = k; j-- > 0;)
			if (pattern_match_n(pat, value + AT(j), n - AT(j))) {
				*len = AT(j);
				break;
			}
		break;
	case PARAM_TRIM_SUFFIX_LONG:
		for (size_t j = 0; j < k; j++)
			if (pattern_match_n(pat, value + AT(j), n - AT(j))) {
				*len = AT(j);
				break;
			}
		break;
	default:
		break;
	}
	free(at);
}

/* ${x/pat/rep} and its forms on value, into out.  Matches are the
 * longest at each place; an empty match replaces nothing except at the
 * anchored ends (${x/#/pre} prepends), as in bash. */
static void replace(enum param_op op, const char *pat, const char *rep,
	const char *value, struct strbuf *out)
{
	size_t n = strlen(value), k;
	size_t *at = char_starts(value, n, &k);
	size_t from = 0;	/* value[from..] is not copied yet */
	if (op == PARAM_REPLACE_PREFIX) {
		for (size_t j = k; j-- > 0;)
			if (pattern_match_n(pat, value, AT(j))) {
				strbuf_append(out, rep);
				from = AT(j);
				break;
			}
	} else if (op == PARAM_REPLACE_SUFFIX) {
		for (size_t j = 0; j < k; j++)
			if (pattern_match_n(pat, value + AT(j), n - AT(j))) {
				strbuf_appendn(out, value, AT(j));
				strbuf_append(out, rep);
				from = n;
				break;
			}
	} else if (*pat) {
		for (size_t i = 0; i + 1 < k; i++) {
			size_t j = k;
			while (--j > i &&
			       !pattern_match_n(pat, value + AT(i), AT(j) - AT(i)))
				;
			if (j == i)
				continue;
			strbuf_appendn(out, value + from, AT(i) - from);
			strbuf_append(out, rep);
			from = AT(j);
			if (op != PARAM_REPLACE_ALL)
				break;
			i = j - 1;
		}
	}
	strbuf_appendn(out, value + from, n - from);
	free(at);
}

static bool param_fail(struct exp_ctx *e, const char *name, const char *what)
{
	sh_error(name, "%s", what);
	e->sh->status = 2;
	return false;
}

/* An offset or length of ${x:o:l}: the word expanded as in $(( )) and
 * evaluated.  False on an error (message printed). */
static bool slice_number(struct exp_ctx *e, const struct word *w, long *v)
{
	char *expr = exp_sub_string(e->sh, w, EXP_STR, true);
	if (!expr)
		return false;
	bool ok = arith_eval(e->sh, expr, v);
	free(expr);
	return ok;
}

/* Which [*start, *start + *count) of n items ${x:off:len} keeps, as bash
 * counts: a negative offset from the end (out of range: nothing), a
 * negative length as an end counted from the end.  False if that end
 * lies before the start. */
static bool slice_range(long off, bool has_len, long len, size_t n,
	size_t *start, size_t *count)
{
	long ln = (long)n;
	if (off < 0)
		off += ln;
	if (off < 0 || off > ln) {
		*start = *count = 0;
		return true;
	}
	long end = ln;
	if (has_len)
		end = len < 0 ? ln + len : (len > ln - off ? ln : off + len);
	if (end < off)
		return false;
	*start = (size_t)off;
	*count = (size_t)(end - off);
	return true;
}

/* Appends one parameter's piece of ${@...} or ${*...}: a field of its own
 * where $@ (or unquoted $*) makes fields, else joined to the previous
 * piece with join. */
static void emit_all_piece(struct exp_ctx *e, const char *name, bool first,
	const char *join, const char *p, size_t len, bool quoted)
{
	if (e->mode == EXP_FIELDS && (!quoted || name[0] == '@')) {
		if (!first) {
			if (quoted)
				exp_end_field(e);
			else
				unquoted_sep(e);
		}
		if (quoted)
			exp_start_field(e);
	} else if (!first) {
		exp_add_result(e, join, strlen(join), quoted);
	}
	exp_add_result(e, p, len, quoted);
}

/* ${x:o:l}: characters of a value, or parameters of $@ and $* (counting
 * $0 as the first, as bash does). */
static bool substr(struct exp_ctx *e, const struct word *w, const char *value,
	bool quoted)
{
	struct shell *sh = e->sh;
	const char *name = w->param.name;
	long off, len = 0;
	bool has_len = w->param.rep != NULL;
	if (!slice_number(e, w->param.arg, &off) ||
	    (has_len && !slice_number(e, w->param.rep, &len))) {
		sh->status = 2;
		return false;
	}
	size_t start, count;
	if (is_special_all(name)) {
		size_t n = sh->nparams + 1;
		if (!slice_range(off, has_len, len, n, &start, &count))
			return param_fail(e, name, "substring expression < 0");
		char sep[STAR_SEP_SIZE];
		const char *join = name[0] == '@' ? " " : star_sep(sh, sep);
		for (size_t i = start; i < start + count; i++) {
			const char *p = i == 0 ? (sh->arg0 ? sh->arg0 : "") :
				sh->params[i - 1];
			emit_all_piece(e, name, i == start, join, p, strlen(p),
				quoted);
		}
		return true;
	}
	if (!value)
		value = "";
	size_t nb = strlen(value), k;
	size_t *at = char_starts(value, nb, &k);
	bool ok = slice_range(off, has_len, len, k - 1, &start, &count);
	if (ok)
		exp_add_result(e, value + AT(start),
			AT(start + count) - AT(start), quoted);
	free(at);
	if (!ok)
		return param_fail(e, name, "substring expression < 0");
	return true;
}

bool param_expand(struct exp_ctx *e, const struct word *w, bool quoted,
	bool split_literals)
{
	struct shell *sh = e->sh;
	const char *name = w->param.name;
	enum param_op op = w->param.op;
	char *tmp, num[32];
	bool ok = true;
	/* "$@" and unquoted $@ $*, the usual forms, need no joined copy. */
	if (op == PARAM_PLAIN && is_special_all(name) && e->mode == EXP_FIELDS &&
	    !(quoted && name[0] == '*')) {
		emit_value(e, name, NULL, quoted);
		return true;
	}
	const char *value = param_value(sh, name, &tmp, num);
	bool is_set = value != NULL;
	bool use_word = w->param.colon ? !is_set || !*value : !is_set;
	bool nounset_error = !is_set && sh->opts[OPT_NOUNSET] &&
		!is_special_all(name);
	/* The word of unquoted ${x-word} is split like an expansion; inside
	 * "..." it is quoted. */
	(void)split_literals;
	const struct word *arg_head = w->param.arg && w->param.arg->type == WORD_LIST ?
		w->param.arg->list.head : w->param.arg;

	switch (op) {
	case PARAM_PLAIN:
		if (nounset_error) {
			ok = param_fail(e, name, "parameter not set");
			break;
		}
		emit_value(e, name, value, quoted);
		break;
	case PARAM_LENGTH: {
		if (nounset_error) {
			ok = param_fail(e, name, "parameter not set");
			break;
		}
		size_t n = is_special_all(name) ? sh->nparams :
			value ? char_count(value) : 0;
		int k = snprintf(num, sizeof num, "%zu", n);
		exp_add_result(e, num, (size_t)k, quoted);
		break;
	}
	case PARAM_DEFAULT:
		if (use_word)
			ok = exp_parts_tilde(e, arg_head, quoted, !quoted);
		else
			emit_value(e, name, value, quoted);
		break;
	case PARAM_ALT:
		if (!use_word)
			ok = exp_parts_tilde(e, arg_head, quoted, !quoted);
		break;
	case PARAM_ASSIGN: {
		if (!use_word) {
			emit_value(e, name, value, quoted);
			break;
		}
		if (!is_var_name(name)) {
			ok = param_fail(e, name, "cannot assign in this way");
			break;
		}
		char *s = exp_sub_word(e, w->param.arg, EXP_STR, quoted);
		if (!s) {
			ok = false;
			break;
		}
		if (!var_set(sh->vars, name, s,
				sh->opts[OPT_ALLEXPORT] ? VAR_EXPORT : 0)) {
			free(s);
			ok = param_fail(e, name, "readonly variable");
			break;
		}
		exp_add_result(e, s, strlen(s), quoted);
		free(s);
		break;
	}
	case PARAM_ERROR: {
		if (!use_word) {
			emit_value(e, name, value, quoted);
			break;
		}
		char *msg = exp_sub_word(e, w->param.arg, EXP_STR, quoted);
		if (!msg) {
			ok = false;
			break;
		}
		if (*msg)
			ok = param_fail(e, name, msg);
		else
			ok = param_fail(e, name, w->param.colon ?
				"parameter null or not set" : "parameter not set");
		free(msg);
		break;
	}
	case PARAM_SUBSTR:
		if (nounset_error) {
			ok = param_fail(e, name, "parameter not set");
			break;
		}
		ok = substr(e, w, value, quoted);
		break;
	case PARAM_REPLACE:
	case PARAM_REPLACE_ALL:
	case PARAM_REPLACE_PREFIX:
	case PARAM_REPLACE_SUFFIX: {
		if (nounset_error) {
			ok = param_fail(e, name, "parameter not set");
			break;
		}
		char *tmp2;
		char *pat = exp_sub_word(e, w->param.arg, EXP_PATTERN, false);
		/* The string gets tilde expansion even inside "..."
		 * (bash, mksh). */
		char *rep = pat ? exp_sub_word(e, w->param.rep, EXP_STR,
			false) : NULL;
		if (!rep) {
			free(pat);
			ok = false;
			break;
		}
		value = param_value(sh, name, &tmp2, num);
		struct strbuf sb = STRBUF_INIT;
		replace(op, pat, rep, value ? value : "", &sb);
		exp_add_result(e, strbuf_str(&sb), sb.len, quoted);
		strbuf_free(&sb);
		free(pat);
		free(rep);
		free(tmp2);
		break;
	}
	case PARAM_TRIM_SUFFIX:
	case PARAM_TRIM_SUFFIX_LONG:
	case PARAM_TRIM_PREFIX:
	case PARAM_TRIM_PREFIX_LONG: {
		if (nounset_error) {
			ok = param_fail(e, name, "parameter not set");
			break;
		}
		/* The pattern is not quoted by an enclosing "...": only its
		 * own quotes make characters literal. */
		char *tmp2;
		char *pat = exp_sub_word(e, w->param.arg, EXP_PATTERN, false);
		if (!pat) {
			ok = false;
			break;
		}
		size_t start, len;
		/* ${@#p} and ${*#p} trim each parameter and keep them apart
		 * as $@ and $* do (bash, dash, yash); trimming the joined
		 * string would make "${@#p}" one field. */
		if (is_special_all(name)) {
			char sep[STAR_SEP_SIZE];
			const char *join = name[0] == '@' ? " " :
				star_sep(sh, sep);
			for (size_t i = 0; i < sh->nparams; i++) {
				const char *p = sh->params[i];
				trim(op, pat, p, &start, &len);
				emit_all_piece(e, name, i == 0, join, p + start,
					len, quoted);
			}
			free(pat);
			break;
		}
		/* The pattern's expansion may have assigned the variable
		 * (${x#${x:=a}}), so value is read again. */
		value = param_value(sh, name, &tmp2, num);
		const char *v = value ? value : "";
		trim(op, pat, v, &start, &len);
		free(pat);
		exp_add_result(e, v + start, len, quoted);
		free(tmp2);
		break;
	}
	}
	free(tmp);
	return ok;
}

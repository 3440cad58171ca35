/* Word expansion, in the order of XCU 2.6: tilde expansion, then parameter
 * expansion, command substitution and arithmetic expansion from left to
 * right, then field splitting, pathname expansion and quote removal.
 *
 * Words arrive as trees (src/parse/ast.h), so quoting is never recovered
 * from the text: each part knows whether it was quoted.  The expander walks
 * a word's parts once, appending to the field being built (struct exp_ctx in
 * expand_int.h).  Field splitting happens as each unquoted expansion result
 * is appended, which is equivalent to splitting afterwards on the bytes that
 * came from expansions, and needs no record of where they came from.  Each
 * byte carries one mask byte: quoted or not, which is all pathname
 * expansion needs; quote removal is implicit since quotes are never stored.
 *
 * Plain literal words, the common case, take a short cut: one copy. */
#include "expand/expand.h"
#include "expand/expand_int.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "exec/exec.h"
#include "expand/arith.h"
#include "parse/ast.h"
#include "shell.h"
#include "util/error.h"
#include "util/users.h"
#include "util/vec.h"
#include "util/xalloc.h"
#include "var/var.h"

/* Characters that a quoted byte must be escaped as in a pattern.  Escaping
 * '!' '^' '-' ']' too keeps them literal inside a bracket expression, and
 * ':' '.' '=' keep a quoted one from closing [:class:], [.c.] or [=c=]
 * ("[[:punct\:]]" names no class, as in dash). */
#define PATTERN_SPECIAL "\\*?[]!^-:.="

static const char *ifs_value(const struct shell *sh)
{
	const char *ifs = var_get(sh->vars, "IFS");
	return ifs ? ifs : " \t\n";
}

size_t expand_char_len(const char *s, size_t n)
{
	if ((unsigned char)*s < 0x80 || !vars_ctype_multibyte())
		return 1;
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t k = mbrlen(s, n, &st);
	return k == (size_t)-1 || k == (size_t)-2 || k == 0 ? 1 : k;
}

size_t expand_ifs_char(const char *ifs, const char *s, size_t n)
{
	if (*s == '\0')
		return 0;
	if ((unsigned char)*s < 0x80 || !vars_ctype_multibyte())
		return strchr(ifs, *s) ? 1 : 0;
	size_t k = expand_char_len(s, n);
	for (const char *p = ifs; *p; ) {
		size_t m = expand_char_len(p, strlen(p));
		if (m == k && memcmp(p, s, k) == 0)
			return k;
		p += m;
	}
	return 0;
}

static bool is_ifs_white(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

void exp_init(struct exp_ctx *e, struct shell *sh, enum exp_mode mode,
	struct vec *out)
{
	e->sh = sh;
	e->mode = mode;
	e->out = out;
	strbuf_init(&e->cur);
	strbuf_init(&e->mask);
	e->started = false;
	e->magic = false;
	e->after_white = false;
	e->colon_tilde = false;
}

void exp_fini(struct exp_ctx *e)
{
	strbuf_free(&e->cur);
	strbuf_free(&e->mask);
}

void exp_start_field(struct exp_ctx *e)
{
	e->started = true;
	e->after_white = false;
}

void exp_add(struct exp_ctx *e, const char *s, size_t n, bool quoted)
{
	switch (e->mode) {
	case EXP_FIELDS:
		strbuf_appendn(&e->cur, s, n);
		strbuf_reserve(&e->mask, n);
		memset(e->mask.data + e->mask.len, quoted, n);
		e->mask.len += n;
		e->mask.data[e->mask.len] = '\0';
		if (!quoted && !e->magic)
			for (size_t i = 0; i < n; i++)
				if (s[i] == '*' || s[i] == '?' || s[i] == '[')
					e->magic = true;
		if (n || quoted)
			exp_start_field(e);
		break;
	case EXP_STR:
		strbuf_appendn(&e->cur, s, n);
		break;
	case EXP_PATTERN:
		if (!quoted) {
			strbuf_appendn(&e->cur, s, n);
			break;
		}
		for (size_t i = 0; i < n; i++) {
			if (strchr(PATTERN_SPECIAL, s[i]) && s[i])
				strbuf_appendc(&e->cur, '\\');
			strbuf_appendc(&e->cur, s[i]);
		}
		break;
	}
}

/* Finishes the current field: pathname expansion if it has an unquoted
 * pattern character, else the string itself. */
void exp_end_field(struct exp_ctx *e)
{
	if (e->mode != EXP_FIELDS)
		return;
	if (e->magic && !e->sh->opts[OPT_NOGLOB]) {
		struct strbuf pat = STRBUF_INIT;
		const char *s = strbuf_str(&e->cur);
		for (size_t i = 0; i < e->cur.len; i++) {
			if (e->mask.data[i] && strchr(PATTERN_SPECIAL, s[i]) && s[i])
				strbuf_appendc(&pat, '\\');
			strbuf_appendc(&pat, s[i]);
		}
		/* A lone '[' ("[ $x = y ]") set the flag but is no pattern:
		 * check before touching the file system. */
		size_t n = pattern_has_magic(strbuf_str(&pat))
			? glob_expand(strbuf_str(&pat), e->out) : 0;
		strbuf_free(&pat);
		if (n) {
			strbuf_reset(&e->cur);
			goto done;
		}
	}
	vec_push(e->out, strbuf_finish(&e->cur));
done:
	strbuf_reset(&e->mask);
	e->started = false;
	e->magic = false;
	e->after_white = false;
}

void exp_break_field(struct exp_ctx *e)
{
	if (e->mode == EXP_FIELDS && e->started)
		exp_end_field(e);
}

void exp_add_result(struct exp_ctx *e, const char *s, size_t n, bool quoted)
{
	if (quoted || e->mode != EXP_FIELDS) {
		exp_add(e, s, n, quoted);
		return;
	}
	const char *ifs = ifs_value(e->sh);
	if (!*ifs) {
		exp_add(e, s, n, false);
		return;
	}
	/* The ASCII characters of IFS as a set: most bytes are tested with
	 * no call (an ASCII byte is a whole character in every locale). */
	unsigned char ascii[16] = { 0 };
	for (const char *p = ifs; *p; p++)
		if ((unsigned char)*p < 0x80)
			ascii[(unsigned char)*p >> 3] |= (unsigned char)(1u << (*p & 7));
	size_t i = 0;
	while (i < n) {
		size_t run = i, k = 0;
		while (run < n) {
			unsigned char b = (unsigned char)s[run];
			if (b < 0x80) {
				if (ascii[b >> 3] & (1u << (b & 7))) {
					k = 1;
					break;
				}
				run++;
				continue;
			}
			if ((k = expand_ifs_char(ifs, s + run, n - run)) != 0)
				break;
			run += expand_char_len(s + run, n - run);
		}
		if (run > n)
			run = n;
		if (run > i) {
			exp_add(e, s + i, run - i, false);
			i = run;
			continue;
		}
		/* s[i] starts an IFS character of k bytes */
		char c = s[i];
		i += k;
		if (is_ifs_white(c)) {
			if (e->started) {
				exp_end_field(e);
				e->after_white = true;
			}
		} else {
			if (e->started)
				exp_end_field(e);
			else if (!e->after_white)
				vec_push(e->out, xstrdup(""));
			e->after_white = false;
		}
	}
}

/* ---- tilde expansion ---- */

/* Appends the home directory of user (n bytes; n == 0: the current user).
 * False if there is none, and the tilde-prefix stays as written. */
static bool tilde_home(struct exp_ctx *e, const char *user, size_t n)
{
	const char *home = NULL;
	if (n == 0) {
		home = var_get(e->sh->vars, "HOME");
		if (!home) {
			users_prepare();
			struct passwd *pw = getpwuid(getuid());
			home = pw ? pw->pw_dir : NULL;
		}
	} else {
		char *name = xstrndup(user, n);
		users_prepare();
		struct passwd *pw = getpwnam(name);
		free(name);
		home = pw ? pw->pw_dir : NULL;
	}
	if (!home)
		return false;
	exp_add(e, home, strlen(home), true);
	return true;
}

/* s[0] is '~'.  Expands the tilde-prefix if it ends inside s (at '/',
 * at ':' in assignments, or at the end of the last part), returning how
 * many bytes of s it used, else 0. */
static size_t tilde_try(struct exp_ctx *e, const char *s, bool colon, bool last_part)
{
	size_t end = 1;
	while (s[end] && s[end] != '/' && !(colon && s[end] == ':'))
		end++;
	if (!s[end] && !last_part)
		return 0;
	return tilde_home(e, s + 1, end - 1) ? end : 0;
}

/* Appends unquoted literal text: split like an expansion result when
 * split (the word of an unquoted ${x-word}), else kept whole. */
static void add_unquoted(struct exp_ctx *e, const char *s, size_t n, bool split)
{
	if (split)
		exp_add_result(e, s, n, false);
	else
		exp_add(e, s, n, false);
}

/* An unquoted literal string of the word, with tilde expansion at its
 * start (first part of the word) and, in assignments, after each ':'. */
static void add_literal_tilde(struct exp_ctx *e, const char *s, bool at_start,
	bool colon, bool last_part, bool split)
{
	if (at_start && s[0] == '~')
		s += tilde_try(e, s, colon, last_part);
	if (!colon) {
		add_unquoted(e, s, strlen(s), split);
		return;
	}
	for (;;) {
		const char *c = strchr(s, ':');
		if (!c) {
			add_unquoted(e, s, strlen(s), split);
			return;
		}
		add_unquoted(e, s, (size_t)(c - s) + 1, split);
		s = c + 1;
		if (s[0] == '~')
			s += tilde_try(e, s, true, last_part);
	}
}

/* ---- parts ---- */

/* $@ as such or trimmed (${@#p}): no parameters, no field, even in "...". */
static bool is_at_param(const struct word *w)
{
	if (w->type != WORD_PARAM || strcmp(w->param.name, "@") != 0)
		return false;
	switch (w->param.op) {
	case PARAM_PLAIN:
	case PARAM_TRIM_SUFFIX:
	case PARAM_TRIM_SUFFIX_LONG:
	case PARAM_TRIM_PREFIX:
	case PARAM_TRIM_PREFIX_LONG:
		return true;
	default:
		return false;
	}
}

static bool exp_cmdsub(struct exp_ctx *e, const struct word *w, bool quoted)
{
	struct strbuf sb = STRBUF_INIT;
	if (w->cmdsub.body)
		exec_cmdsub(e->sh, w->cmdsub.body, &sb);
	else
		e->sh->status = 0;
	/* A value cannot hold a NUL byte: drop them and keep what follows,
	 * as dash, bash and mksh do. */
	size_t n = 0;
	for (size_t i = 0; i < sb.len; i++)
		if (sb.data[i] != '\0')
			sb.data[n++] = sb.data[i];
	while (n > 0 && sb.data[n - 1] == '\n')
		n--;
	exp_add_result(e, sb.data ? sb.data : "", n, quoted);
	strbuf_free(&sb);
	return true;
}

static bool exp_arith(struct exp_ctx *e, const struct word *w, bool quoted)
{
	char *expr = exp_sub_string(e->sh, w->arith.expr, EXP_STR, true);
	if (!expr)
		return false;
	long v;
	bool ok = arith_eval(e->sh, expr, &v);
	free(expr);
	if (!ok) {
		e->sh->status = 2;
		return false;
	}
	char buf[24];
	size_t n = exp_format_long(buf, v);
	exp_add_result(e, buf, n, quoted);
	return true;
}

static bool exp_part(struct exp_ctx *e, const struct word *w, bool quoted,
	bool split_literals)
{
	switch (w->type) {
	case WORD_STRING: {
		bool q = quoted || w->string.quoted;
		if (split_literals && !q)
			exp_add_result(e, w->string.str, strlen(w->string.str), false);
		else
			exp_add(e, w->string.str, strlen(w->string.str), q);
		return true;
	}
	case WORD_PARAM:
		return param_expand(e, w, quoted, split_literals);
	case WORD_CMDSUB:
		return exp_cmdsub(e, w, quoted);
	case WORD_ARITH:
		return exp_arith(e, w, quoted);
	case WORD_LIST:
		if (w->list.double_quoted) {
			/* "..." makes a field even when empty, except "$@"
			 * alone with no parameters, which makes none. */
			bool only_at = true;
			for (const struct word *p = w->list.head; p; p = p->next)
				if (!is_at_param(p))
					only_at = false;
			if (!only_at || !w->list.head || e->sh->nparams > 0)
				exp_start_field(e);
			return exp_parts(e, w->list.head, true, false);
		}
		return exp_parts(e, w->list.head, quoted, split_literals);
	}
	return true;
}

bool exp_parts(struct exp_ctx *e, const struct word *head, bool quoted,
	bool split_literals)
{
	for (const struct word *p = head; p; p = p->next)
		if (!exp_part(e, p, quoted, split_literals))
			return false;
	return true;
}

bool exp_parts_tilde(struct exp_ctx *e, const struct word *head, bool quoted,
	bool split_literals)
{
	if (quoted)
		return exp_parts(e, head, quoted, split_literals);
	for (const struct word *p = head; p; p = p->next) {
		if (p->type == WORD_STRING && !p->string.quoted &&
		    (p == head || e->colon_tilde)) {
			add_literal_tilde(e, p->string.str, p == head,
				e->colon_tilde, p->next == NULL, split_literals);
			continue;
		}
		if (!exp_part(e, p, quoted, split_literals))
			return false;
	}
	return true;
}

/* A whole word (a WORD_LIST) with tilde expansion.  decl: the word is a
 * NAME=value operand of a declaration utility, whose value starts after
 * the first '=' of its leading literal (the caller checked that it is
 * there). */
static bool exp_word(struct exp_ctx *e, const struct word *w, bool tilde,
	bool colon, bool decl)
{
	e->colon_tilde = colon;
	if (w->type != WORD_LIST)
		return exp_part(e, w, false, false);
	for (const struct word *p = w->list.head; p; p = p->next) {
		if (tilde && p->type == WORD_STRING && !p->string.quoted &&
		    (colon || p == w->list.head)) {
			const char *str = p->string.str;
			const char *eq = decl && p == w->list.head ?
				strchr(str, '=') : NULL;

			if (eq != NULL) {
				exp_add(e, str, (size_t)(eq - str) + 1, false);
				str = eq + 1;
			}
			add_literal_tilde(e, str, p == w->list.head,
				colon, p->next == NULL, false);
			continue;
		}
		if (!exp_part(e, p, false, false))
			return false;
	}
	return true;
}

char *exp_sub_string(struct shell *sh, const struct word *list,
	enum exp_mode mode, bool quoted)
{
	struct exp_ctx e;
	exp_init(&e, sh, mode, NULL);
	if (list && !exp_parts(&e, list->type == WORD_LIST ? list->list.head : list,
			quoted, false)) {
		exp_fini(&e);
		return NULL;
	}
	return strbuf_finish(&e.cur);
}

char *exp_sub_word(struct exp_ctx *parent, const struct word *list,
	enum exp_mode mode, bool quoted)
{
	struct exp_ctx e;
	exp_init(&e, parent->sh, mode, NULL);
	e.colon_tilde = parent->colon_tilde;
	if (list && !exp_parts_tilde(&e, list->type == WORD_LIST ?
			list->list.head : list, quoted, false)) {
		exp_fini(&e);
		return NULL;
	}
	return strbuf_finish(&e.cur);
}

/* ---- entry points ---- */

/* A word that is one unquoted literal without '~' or pattern characters,
 * or one quoted literal: its text is its only field. */
static const char *plain_word(const struct word *w, bool colon_tilde)
{
	if (w->type != WORD_LIST || !w->list.head || w->list.head->next)
		return NULL;
	const struct word *p = w->list.head;
	if (p->type != WORD_STRING)
		return NULL;
	const char *s = p->string.str;
	if (p->string.quoted)
		return s;
	if (s[0] == '~' || strpbrk(s, "*?[") ||
	    (colon_tilde && (strstr(s, ":~") || strstr(s, "=~"))))
		return NULL;
	return s;
}

bool expand_words(struct shell *sh, struct word *const *words, size_t n,
	struct vec *out)
{
	size_t before = out->len;
	struct exp_ctx e;
	exp_init(&e, sh, EXP_FIELDS, out);
	for (size_t i = 0; i < n; i++) {
		const char *plain = plain_word(words[i], false);
		if (plain) {
			if (*plain || words[i]->list.head->string.quoted)
				vec_push(out, xstrdup(plain));
			continue;
		}
		if (!exp_word(&e, words[i], true, false, false))
			goto fail;
		if (e.started)
			exp_end_field(&e);
		e.after_white = false;
		strbuf_reset(&e.cur);
		strbuf_reset(&e.mask);
		e.magic = false;
	}
	exp_fini(&e);
	return true;
fail:
	exp_fini(&e);
	for (size_t i = before; i < out->len; i++)
		free(out->items[i]);
	out->len = before;
	if (out->items)
		out->items[before] = NULL;
	return false;
}

static char *expand_to_string(struct shell *sh, const struct word *w,
	enum expand_str_mode mode, enum exp_mode emode)
{
	bool assign = mode == EXPAND_STR_ASSIGN || mode == EXPAND_STR_DECL;
	const char *plain = plain_word(w, assign);
	if (plain && (emode == EXP_STR || !w->list.head->string.quoted))
		return xstrdup(plain);
	struct exp_ctx e;
	exp_init(&e, sh, emode, NULL);
	bool ok;
	if (mode == EXPAND_STR_HEREDOC)
		ok = exp_parts(&e, w->type == WORD_LIST ? w->list.head : w, true, false);
	else
		ok = exp_word(&e, w, true, assign, mode == EXPAND_STR_DECL);
	if (!ok) {
		exp_fini(&e);
		return NULL;
	}
	return strbuf_finish(&e.cur);
}

char *expand_word_str(struct shell *sh, const struct word *w,
	enum expand_str_mode mode)
{
	return expand_to_string(sh, w, mode, EXP_STR);
}

char *expand_pattern(struct shell *sh, const struct word *w)
{
	return expand_to_string(sh, w, EXPAND_STR_PLAIN, EXP_PATTERN);
}

void expand_split_ifs(struct shell *sh, const char *s, size_t max_fields,
	struct vec *out)
{
	const char *ifs = ifs_value(sh);
	size_t len = strlen(s);
	if (!*ifs) {
		if (len)
			vec_push(out, xstrdup(s));
		return;
	}
#define IS_WHITE(c) (is_ifs_white(c) && strchr(ifs, (c)))
#define IFS_AT(i) expand_ifs_char(ifs, s + (i), len - (i))
	size_t pos = 0, count = 0;
	while (pos < len && IS_WHITE(s[pos]))
		pos++;
	while (pos < len) {
		if (max_fields && count + 1 == max_fields) {
			size_t end = len;
			while (end > pos && IS_WHITE(s[end - 1]))
				end--;
			/* One field and the delimiter after it: the delimiter
			 * goes ("a:b:" gives b, "a:b::" gives b::), as in dash
			 * and bash. */
			size_t f = pos;
			while (f < end && !IFS_AT(f))
				f += expand_char_len(s + f, len - f);
			size_t d = f;
			while (d < end && IS_WHITE(s[d]))
				d++;
			if (d < end)
				d += IFS_AT(d);
			while (d < end && IS_WHITE(s[d]))
				d++;
			if (d == end)
				end = f;
			vec_push(out, xstrndup(s + pos, end - pos));
			return;
		}
		size_t start = pos;
		while (pos < len && !IFS_AT(pos))
			pos += expand_char_len(s + pos, len - pos);
		vec_push(out, xstrndup(s + start, pos - start));
		count++;
		while (pos < len && IS_WHITE(s[pos]))
			pos++;
		size_t k;
		if (pos < len && (k = IFS_AT(pos)) > 0) {
			pos += k;
			while (pos < len && IS_WHITE(s[pos]))
				pos++;
		}
	}
#undef IS_WHITE
#undef IFS_AT
}

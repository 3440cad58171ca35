/* Private interface shared by the files of src/expand: the expansion
 * context that expand.c drives and param.c feeds, the pattern matcher with
 * an explicit length (for the trim operators) and pathname expansion. */
#ifndef COSH_EXPAND_EXPAND_INT_H
#define COSH_EXPAND_EXPAND_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "util/strbuf.h"

struct shell;
struct word;
struct vec;

enum exp_mode {
	EXP_FIELDS,	/* expand_words: split, glob, a list of fields */
	EXP_STR,	/* one string, quote removal only */
	EXP_PATTERN,	/* one string, quoted pattern characters escaped */
};

/* One expansion in progress.  In EXP_FIELDS mode the current field is cur
 * plus mask (one byte per byte of cur: 1 if it was quoted, so it is never
 * a pattern character); finished fields go, globbed, to out.  Splitting is
 * done as each unquoted expansion result is appended, so only results are
 * ever split and literal text never is. */
struct exp_ctx {
	struct shell *sh;
	enum exp_mode mode;
	struct vec *out;	/* EXP_FIELDS only */
	struct strbuf cur;
	struct strbuf mask;	/* EXP_FIELDS only */
	bool started;		/* cur is a field even if empty ("" or '') */
	bool magic;		/* cur holds an unquoted * ? or [ */
	/* The last thing seen was IFS white space that ended a field: one
	 * following non-white IFS character belongs to the same delimiter. */
	bool after_white;
	/* An assignment value: tilde-prefixes also follow each unquoted ':'
	 * (XCU 2.6.1), in the words of its ${x-word} too, as in dash and
	 * bash. */
	bool colon_tilde;
};

void exp_init(struct exp_ctx *e, struct shell *sh, enum exp_mode mode,
	struct vec *out);
/* Frees cur and mask (out is the caller's). */
void exp_fini(struct exp_ctx *e);

/* Appends text that is never split: literal text of the word (quoted
 * or not), or a quoted expansion result. */
void exp_add(struct exp_ctx *e, const char *s, size_t n, bool quoted);
/* Appends the result of an expansion: split on IFS when it is unquoted and
 * the context makes fields. */
void exp_add_result(struct exp_ctx *e, const char *s, size_t n, bool quoted);
/* Marks the current field as present even if it stays empty. */
void exp_start_field(struct exp_ctx *e);
/* Ends the current field if it is present (between the elements of $@). */
void exp_break_field(struct exp_ctx *e);
/* Ends the current field unconditionally (between the elements of "$@"). */
void exp_end_field(struct exp_ctx *e);

/* Expands a chain of parts (the head of a WORD_LIST) into e.  quoted: inside
 * "...".  split_literals: unquoted literal text is treated like an
 * expansion result (the word of an unquoted ${x-word}). */
/* exp_parts, with tilde expansion of an unquoted leading "~" (the word
 * of ${x-word}, ${x=word}, ${x#word}...) and, if e->colon_tilde, of one
 * after each unquoted ':'.  quoted: inside "...", no tilde expansion. */
bool exp_parts_tilde(struct exp_ctx *e, const struct word *head, bool quoted,
	bool split_literals);
bool exp_parts(struct exp_ctx *e, const struct word *head, bool quoted,
	bool split_literals);
/* Expands a WORD_LIST (or NULL) on its own into a string in mode (EXP_STR or
 * EXP_PATTERN); caller frees; NULL on error. */
char *exp_sub_string(struct shell *sh, const struct word *list,
	enum exp_mode mode, bool quoted);

/* exp_sub_string for the word of a ${x OP word}: with tilde expansion as
 * exp_parts_tilde, in parent's assignment context. */
char *exp_sub_word(struct exp_ctx *parent, const struct word *list,
	enum exp_mode mode, bool quoted);

/* param.c: the value of the variable name (not a special parameter), or
 * NULL if unset; LINENO is computed into num. */
const char *param_var_get(struct shell *sh, const char *name, char num[32]);

/* param.c: one WORD_PARAM. */
bool param_expand(struct exp_ctx *e, const struct word *w, bool quoted,
	bool split_literals);

/* pattern.c: pattern_match against the first n bytes of s. */
bool pattern_match_n(const char *pattern, const char *s, size_t n);
/* True if pattern holds an unescaped * ? or [. */
bool pattern_has_magic(const char *pattern);

/* Writes v in decimal, NUL-terminated, to buf; returns its length.  The
 * arithmetic results of every loop go through here: snprintf costs ten
 * times as much. */
static inline size_t exp_format_long(char buf[24], long v)
{
	char tmp[24];
	size_t n = 0;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	size_t len = 0;
	if (v < 0)
		buf[len++] = '-';
	while (n)
		buf[len++] = tmp[--n];
	buf[len] = '\0';
	return len;
}

/* glob.c: appends the sorted pathnames matching pattern (backslash-escaped
 * as from expand_pattern) to out as malloc'd strings; returns how many. */
size_t glob_expand(const char *pattern, struct vec *out);

#endif

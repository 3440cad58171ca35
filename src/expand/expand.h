/* Word expansion in the order of XCU 2.6: tilde, parameter, command
 * substitution and arithmetic (left to right), field splitting, pathname
 * expansion, quote removal.
 *
 * Errors (${x?msg}, an unset variable under set -u, a bad arithmetic
 * expression, a bad substitution) print a message, set sh->status (2 for
 * all of them, as dash does), and make the
 * function return false/NULL; the executor then abandons the command, and a
 * non-interactive shell exits (XCU 2.8.1). */
#ifndef COSH_EXPAND_EXPAND_H
#define COSH_EXPAND_EXPAND_H

#include <stdbool.h>
#include <stddef.h>

struct shell;
struct word;
struct vec;

/* Full expansion of n words (each a WORD_LIST) into fields, appended to out
 * as malloc'd strings.  "$@" with no parameters gives no field; an
 * unquoted expansion that is empty after splitting gives no field. */
bool expand_words(struct shell *sh, struct word *const *words, size_t n,
	struct vec *out);

enum expand_str_mode {
	EXPAND_STR_PLAIN,	/* a redirection target, the case subject:
				 * tilde at the start, no splitting, no glob */
	EXPAND_STR_ASSIGN,	/* an assignment value: also tilde after ':' */
	EXPAND_STR_DECL,	/* a whole NAME=value operand of export or
				 * readonly: as ASSIGN for the part after
				 * the first '=' (tilde right after it) */
	EXPAND_STR_HEREDOC,	/* a here-document body: no tilde */
};

/* One word to one string (no field splitting, no pathname expansion;
 * "$@" joined with spaces).  Caller frees; NULL on error. */
char *expand_word_str(struct shell *sh, const struct word *w,
	enum expand_str_mode mode);

/* A prompt string (PS1, PS2, PS4) expanded as XCU 2.5.3 asks: parameter
 * expansion, command substitution and arithmetic expansion, read like the
 * body of an unquoted here-document ('"' literal; a backslash quotes only
 * $ ` \ and newline), without field splitting or pathname expansion.
 * "!" is not replaced by the history number (there is no history number
 * yet).  Never fails: on a syntax or expansion error the result is a copy
 * of ps (the error message of an expansion is still printed).  sh->status
 * ($?) is left as it was.  Caller frees. */
char *expand_prompt(struct shell *sh, const char *ps);

/* A pattern (case item, ${x#pat}): expanded like expand_word_str, but every
 * character that was quoted comes out escaped with a backslash, so that
 * pattern_match treats it literally.  Caller frees; NULL on error. */
char *expand_pattern(struct shell *sh, const struct word *w);

/* True if s matches the shell pattern (XCU 2.13.1: * ? [...] [!...] and
 * backslash escapes; a leading '.' is not special here). */
bool pattern_match(const char *pattern, const char *s);

/* If s (n > 0 bytes) starts with a character of ifs, its length in
 * bytes, else 0.  Characters are the locale's: in UTF-8 an IFS of "ç"
 * splits at that character, never at one of its bytes (as in bash; dash
 * and mksh count bytes).  A NUL byte is no IFS character. */
size_t expand_ifs_char(const char *ifs, const char *s, size_t n);
/* The length in bytes of the character at s (n > 0 bytes left); 1 for
 * a byte that starts no valid character. */
size_t expand_char_len(const char *s, size_t n);

/* Splits s on the IFS characters of sh into fields appended to out (for
 * read).  max_fields > 0 limits the count; the last field then keeps the
 * rest of the line, less trailing IFS white space. */
void expand_split_ifs(struct shell *sh, const char *s, size_t max_fields,
	struct vec *out);

#endif

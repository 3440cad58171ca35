/* The lexer (XCU 2.3 token recognition, 2.2 quoting, 2.6 the expansions'
 * syntax, 2.7.4 here-documents).
 *
 * Characters are pulled from the input one line at a time and only when a
 * token needs one more character, so the lexer never reads past the
 * newline that ends a command: every line ends with '\n', and no token
 * looks beyond the '\n' it stops at.  Backslash-newline is removed as the
 * characters are read (peek), except where the reader asks for raw
 * characters: inside '...', in comments, after a backslash, and in
 * quoted here-document bodies.
 *
 * Words are built as trees while they are read: literal runs become
 * WORD_STRING parts, quotes and expansions their own parts.  $( ) is handed
 * to the parser on the same character stream; `...` and here-document
 * bodies are first collected as text, then lexed by a sub-lexer. */
#include "parse/lexer.h"

#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "input/input.h"
#include "parse/alias.h"
#include "parse/ast.h"
#include "util/stack.h"
#include "util/arena.h"
#include "util/error.h"
#include "util/xalloc.h"

#include <unistd.h>

/* Where a run of word characters stops, and which characters are special
 * inside it. */
enum lex_mode {
	LEX_WORD,	/* unquoted: ends at a blank, newline or operator */
	/* The right side of =~ in [[ ]]: as LEX_WORD, but parentheses nest
	 * (blanks inside them are part of it) and '|' is a character. */
	LEX_REGEX,
	LEX_PARAM,	/* the word of ${x-word}: ends at an unquoted '}' */
	/* The word of ${x-word} inside "..." or a here-document, except
	 * the pattern of ${x#word} and ${x%word}: '\'' is literal there and
	 * a backslash quotes only $ ` \ " } (what dash and bash do). */
	LEX_PARAM_DQ,
	/* The pattern of ${x/pattern/string}: as LEX_PARAM, but it also
	 * ends at an unquoted '/'. */
	LEX_PARAM_PAT,
	/* The offset of ${x:offset:length}: as LEX_PARAM, but it also ends
	 * at an unquoted ':'. */
	LEX_PARAM_SLICE,
	LEX_DQUOTE,	/* inside "...": ends at '"' */
	LEX_HEREDOC,	/* an unquoted here-document body: ends at the end */
	LEX_ARITH,	/* inside $(( )): ends at "))" outside parentheses */
};

const char *token_type_name(enum token_type type)
{
	switch (type) {
	case TOKEN_EOF: return "end of file";
	case TOKEN_ERROR: return "error";
	case TOKEN_NEWLINE: return "newline";
	case TOKEN_WORD: return "word";
	case TOKEN_IO_NUMBER: return "io number";
	case TOKEN_SEMI: return ";";
	case TOKEN_AMP: return "&";
	case TOKEN_PIPE: return "|";
	case TOKEN_LPAREN: return "(";
	case TOKEN_RPAREN: return ")";
	case TOKEN_AND_IF: return "&&";
	case TOKEN_OR_IF: return "||";
	case TOKEN_DSEMI: return ";;";
	case TOKEN_SEMI_AND: return ";&";
	case TOKEN_DSEMI_AND: return ";;&";
	case TOKEN_LESS: return "<";
	case TOKEN_GREAT: return ">";
	case TOKEN_DLESS: return "<<";
	case TOKEN_DGREAT: return ">>";
	case TOKEN_LESSAND: return "<&";
	case TOKEN_GREATAND: return ">&";
	case TOKEN_LESSGREAT: return "<>";
	case TOKEN_DLESSDASH: return "<<-";
	case TOKEN_CLOBBER: return ">|";
	case TOKEN_TLESS: return "<<<";
	}
	return "?";
}

const char *keyword_text(enum keyword kw)
{
	switch (kw) {
	case KW_NONE: return "";
	case KW_BANG: return "!";
	case KW_LBRACE: return "{";
	case KW_RBRACE: return "}";
	case KW_CASE: return "case";
	case KW_DO: return "do";
	case KW_DONE: return "done";
	case KW_ELIF: return "elif";
	case KW_ELSE: return "else";
	case KW_ESAC: return "esac";
	case KW_FI: return "fi";
	case KW_FOR: return "for";
	case KW_IF: return "if";
	case KW_IN: return "in";
	case KW_THEN: return "then";
	case KW_UNTIL: return "until";
	case KW_WHILE: return "while";
	case KW_DLBRACKET: return "[[";
	case KW_DRBRACKET: return "]]";
	}
	return "";
}

/* The reserved word s[0, n) is, or KW_NONE: a switch on the length and
 * the first byte leaves at most one comparison. */
static enum keyword keyword_lookup(const char *s, size_t n)
{
	enum keyword kw = KW_NONE;
	switch (n) {
	case 1:
		return s[0] == '!' ? KW_BANG : s[0] == '{' ? KW_LBRACE
			: s[0] == '}' ? KW_RBRACE : KW_NONE;
	case 2:
		switch (s[0]) {
		case 'd': kw = KW_DO; break;
		case 'f': kw = KW_FI; break;
		case 'i': kw = s[1] == 'n' ? KW_IN : KW_IF; break;
		case '[': kw = KW_DLBRACKET; break;
		case ']': kw = KW_DRBRACKET; break;
		}
		break;
	case 3:
		if (s[0] == 'f')
			kw = KW_FOR;
		break;
	case 4:
		switch (s[0]) {
		case 'c': kw = KW_CASE; break;
		case 'd': kw = KW_DONE; break;
		case 't': kw = KW_THEN; break;
		case 'e':
			kw = s[1] == 's' ? KW_ESAC
				: s[2] == 'i' ? KW_ELIF : KW_ELSE;
			break;
		}
		break;
	case 5:
		kw = s[0] == 'u' ? KW_UNTIL : s[0] == 'w' ? KW_WHILE : KW_NONE;
		break;
	}
	if (kw != KW_NONE && memcmp(s, keyword_text(kw), n) != 0)
		kw = KW_NONE;
	return kw;
}

/* ---- lexer state ---- */

void lex_init(struct lexer *lx, struct input *in, const char *name,
	struct arena *arena)
{
	memset(lx, 0, sizeof(*lx));
	lx->in = in;
	lx->root = lx;
	lx->no_aliases = true;
	lx->name = name;
	lx->arena = arena;
	lx->lineno = 1;
	lx->last_lineno = 1;
	lx->first_line = true;
	lx->arith_eof_failed = SIZE_MAX;
	strbuf_init(&lx->buf);
	vec_init(&lx->heredocs);
}

void lex_init_sub(struct lexer *lx, struct lexer *parent, const char *text,
	int lineno)
{
	lex_init(lx, NULL, parent->name, parent->arena);
	lx->parent = parent;
	lx->root = parent->root;
	lx->lineno = lineno;
	lx->last_lineno = lineno;
	strbuf_append(&lx->buf, text);
}

void lex_set_aliases(struct lexer *lx, const struct alias_table *t)
{
	lx->aliases = t;
	lx->no_aliases = t == NULL || alias_table_empty(t);
}

static void uses_clear(struct lexer *lx)
{
	for (size_t i = 0; i < lx->nuses; i++)
		free(lx->uses[i].name);
	lx->nuses = 0;
}

void lex_finish(struct lexer *lx)
{
	strbuf_free(&lx->buf);
	vec_free(&lx->heredocs);
	uses_clear(lx);
	free(lx->uses);
	free(lx->arith_failed);
}

static struct lexer *lex_root(struct lexer *lx)
{
	return lx->root;
}

bool lex_failed(const struct lexer *lx)
{
	return lx->root->error;
}

void lex_error(struct lexer *lx, int lineno, const char *fmt, ...)
{
	struct lexer *root = lex_root(lx);
	if (root->error)
		return;
	root->error = true;
	if (root->quiet > 0)
		return;
	va_list ap;
	va_start(ap, fmt);
	struct strbuf what = STRBUF_INIT;
	strbuf_vappendf(&what, fmt, ap);
	va_end(ap);
	char *where = xasprintf("%s: line %d", lx->name ? lx->name : "cosh",
		lineno);
	sh_error_placed(where, "syntax error: %s", strbuf_str(&what));
	free(where);
	strbuf_free(&what);
}

void lex_begin_command(struct lexer *lx)
{
	/* Normally the last command ended with the last character read.
	 * Text is left only when an alias value held a newline: it is the
	 * start of the next command, still inside that alias. */
	size_t rest = lx->pos < lx->buf.len ? lx->buf.len - lx->pos : 0;
	if (rest > 0)
		memmove(lx->buf.data, lx->buf.data + lx->pos, rest);
	strbuf_truncate(&lx->buf, rest);
	size_t kept = 0;
	for (size_t i = 0; i < lx->nuses; i++) {
		if (lx->uses[i].end <= lx->pos) {
			free(lx->uses[i].name);
			continue;
		}
		lx->uses[i].end -= lx->pos;
		lx->uses[kept++] = lx->uses[i];
	}
	lx->nuses = kept;
	lx->pos = 0;
	/* The table changes only when a command runs, never while one is
	 * read. */
	lx->no_aliases = lx->aliases == NULL || alias_table_empty(lx->aliases);
	lx->narith_failed = 0;
	lx->arith_eof_failed = SIZE_MAX;
	lx->eof = false;
	lx->first_line = rest == 0;
	lx->alias_recheck = ALIAS_CHECK_NONE;
	lx->interrupted = false;
	lx->error = false;
	lx->have_tok = false;
	lx->want_delim = false;
	lx->heredocs.len = 0;
}

void lex_discard_line(struct lexer *lx)
{
	/* The buffer holds text up to the end of the line read last, so
	 * skipping to its end drops just the rest of that line. */
	lx->pos = lx->buf.len;
	lx->have_tok = false;
	lx->want_delim = false;
	lx->heredocs.len = 0;
	lx->alias_recheck = ALIAS_CHECK_NONE;
	uses_clear(lx);
}

void lex_add_heredoc(struct lexer *lx, struct redir *r)
{
	vec_push(&lx->heredocs, r);
}

/* ---- characters ---- */

/* Reads one more line into buf.  False at end of input. */
static bool lex_fill(struct lexer *lx)
{
	if (lx->eof || lx->in == NULL) {
		lx->eof = true;
		return false;
	}
	size_t old = lx->buf.len;
	while (lx->buf.len == old) {
		if (!lx->in->read_line(lx->in, &lx->buf, !lx->first_line)) {
			lx->eof = true;
			if (lx->in->interrupted) {
				/* Only a root lexer has an input, so this
				 * flag stops the whole parse, quietly. */
				lx->in->interrupted = false;
				lx->interrupted = true;
				lx->error = true;
			}
			return false;
		}
		lx->first_line = false;
	}
	/* set -v shows the input as it is read, before it is parsed: the
	 * lines of a command appear before the command runs. */
	if (lx->verbose && *lx->verbose)
		write_all(STDERR_FILENO, lx->buf.data + old, lx->buf.len - old);
	return true;
}

/* The character accessors are the lexer's inner loop: each has a fast
 * path for the common case (the character is in buf and is no backslash)
 * small enough to inline, and an out-of-line slow path. */

static int raw_peek_slow(struct lexer *lx)
{
	if (lx->pos >= lx->buf.len && !lex_fill(lx))
		return -1;
	return (unsigned char)lx->buf.data[lx->pos];
}

/* The next character as it is in the source, or -1 at the end. */
static inline int raw_peek(struct lexer *lx)
{
	if (lx->pos < lx->buf.len)
		return (unsigned char)lx->buf.data[lx->pos];
	return raw_peek_slow(lx);
}

static inline int raw_next(struct lexer *lx)
{
	int c = raw_peek(lx);
	if (c < 0)
		return c;
	lx->pos++;
	if (c == '\n')
		lx->lineno++;
	return c;
}

/* peek past line continuations.  A backslash is always followed by '\n'
 * in the same line unless it ends the input, so looking one character
 * past it never reads a new line early. */
static int peek_slow(struct lexer *lx)
{
	for (;;) {
		int c = raw_peek(lx);
		if (c != '\\')
			return c;
		if (lx->pos + 1 >= lx->buf.len && !lex_fill(lx))
			return c;
		if (lx->buf.data[lx->pos + 1] != '\n')
			return c;
		lx->pos += 2;
		lx->lineno++;
	}
}

/* The next character with line continuations removed. */
static inline int peek(struct lexer *lx)
{
	if (lx->pos < lx->buf.len) {
		int c = (unsigned char)lx->buf.data[lx->pos];
		if (c != '\\')
			return c;
	}
	return peek_slow(lx);
}

static inline int next(struct lexer *lx)
{
	int c = peek(lx);
	if (c < 0)
		return -1;
	lx->pos++;
	if (c == '\n')
		lx->lineno++;
	return c;
}

static bool is_blank(int c)
{
	return c == ' ' || c == '\t';
}

static bool is_operator_start(int c)
{
	return c == ';' || c == '&' || c == '|' || c == '<' || c == '>' ||
		c == '(' || c == ')';
}

static bool is_name_start(int c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_name_char(int c)
{
	return is_name_start(c) || (c >= '0' && c <= '9');
}

/* ---- building words ---- */

/* Characters that stop a run of plain text, per mode (a bit each): the
 * fast path of lex_parts copies runs without them in one go.  NUL is in
 * every set so that it takes the slow path. */
enum {
	STOP_WORD = 1,		/* LEX_WORD */
	STOP_DQUOTE = 2,	/* LEX_DQUOTE */
	STOP_HEREDOC = 4,	/* LEX_HEREDOC */
	STOP_ARITH = 8,		/* LEX_ARITH */
	STOP_PARAM = 16,	/* LEX_PARAM */
	STOP_PARAM_DQ = 32,	/* LEX_PARAM_DQ */
	STOP_PARAM_PAT = 64,	/* LEX_PARAM_PAT */
	STOP_PARAM_SLICE = 128,	/* LEX_PARAM_SLICE */
	STOP_ALL = 255,
	STOP_PARAMS = STOP_PARAM | STOP_PARAM_DQ | STOP_PARAM_PAT |
		STOP_PARAM_SLICE,
};

static const unsigned char stop_set[256] = {
	['\0'] = STOP_ALL,
	['\n'] = STOP_ALL,
	['\\'] = STOP_ALL,
	['$'] = STOP_ALL,
	['`'] = STOP_ALL,
	['"'] = STOP_ALL & ~STOP_HEREDOC,
	['\''] = STOP_WORD | STOP_PARAM | STOP_PARAM_PAT | STOP_PARAM_SLICE,
	[' '] = STOP_WORD, ['\t'] = STOP_WORD,
	[';'] = STOP_WORD, ['&'] = STOP_WORD, ['|'] = STOP_WORD,
	['<'] = STOP_WORD, ['>'] = STOP_WORD,
	['('] = STOP_WORD | STOP_ARITH, [')'] = STOP_WORD | STOP_ARITH,
	['}'] = STOP_PARAMS,
	['/'] = STOP_PARAM_PAT,
	[':'] = STOP_PARAM_SLICE,
};

static unsigned stop_bits(enum lex_mode mode)
{
	switch (mode) {
	case LEX_WORD: return STOP_WORD;
	case LEX_DQUOTE: return STOP_DQUOTE;
	case LEX_HEREDOC: return STOP_HEREDOC;
	case LEX_ARITH: return STOP_ARITH;
	case LEX_PARAM: return STOP_PARAM;
	case LEX_PARAM_DQ: return STOP_PARAM_DQ;
	case LEX_PARAM_PAT: return STOP_PARAM_PAT;
	case LEX_PARAM_SLICE: return STOP_PARAM_SLICE;
	case LEX_REGEX: break;
	}
	return 0;
}

/* A word being built.  Unquoted literal text collects in lit (in the
 * builder itself while it is short) until a part of another kind comes. */
struct builder {
	struct arena *arena;
	struct word *list;	/* the WORD_LIST being built */
	struct word **tail;
	char *lit;		/* small, or a malloc'ed buffer of cap bytes */
	size_t len, cap;
	char small[64];
};

static void builder_init(struct builder *b, struct arena *arena,
	bool double_quoted)
{
	b->arena = arena;
	b->list = arena_alloc(arena, sizeof(*b->list));
	b->list->type = WORD_LIST;
	b->list->list.double_quoted = double_quoted;
	b->tail = &b->list->list.head;
	b->lit = b->small;
	b->len = 0;
	b->cap = sizeof(b->small);
}

static struct word *new_string(struct arena *arena, const char *s,
	size_t n, bool quoted)
{
	struct word *w = arena_alloc(arena, sizeof(*w));
	w->type = WORD_STRING;
	w->string.str = arena_strndup(arena, s, n);
	w->string.quoted = quoted;
	return w;
}

static void builder_flush(struct builder *b)
{
	if (b->len == 0)
		return;
	struct word *w = new_string(b->arena, b->lit, b->len, false);
	*b->tail = w;
	b->tail = &w->next;
	b->len = 0;
}

static void builder_add(struct builder *b, struct word *part)
{
	builder_flush(b);
	*b->tail = part;
	b->tail = &part->next;
}

static void builder_addn(struct builder *b, const char *s, size_t n)
{
	if (b->cap - b->len < n) {
		size_t cap = b->cap;
		while (cap - b->len < n)
			cap *= 2;
		if (b->lit == b->small) {
			b->lit = xmalloc(cap);
			memcpy(b->lit, b->small, b->len);
		} else {
			b->lit = xrealloc(b->lit, cap);
		}
		b->cap = cap;
	}
	memcpy(b->lit + b->len, s, n);
	b->len += n;
}

static void builder_addc(struct builder *b, int c)
{
	char ch = (char)c;
	if (b->len < b->cap)
		b->lit[b->len++] = ch;
	else
		builder_addn(b, &ch, 1);
}

/* Always called, also after an error, to free the literal buffer. */
static struct word *builder_finish(struct builder *b)
{
	builder_flush(b);
	if (b->lit != b->small)
		free(b->lit);
	b->lit = b->small;
	b->cap = sizeof(b->small);
	return b->list;
}

static bool lex_parts(struct lexer *lx, struct builder *b,
	enum lex_mode mode);

/* '...': everything up to the next quote, raw.  The opening quote has
 * been consumed.  The text stays in buf (lines are only appended while a
 * command is read), so the string is cut from it once the quote is
 * found. */
static bool lex_single_quote(struct lexer *lx, struct builder *b, int line)
{
	size_t start = lx->pos;
	for (;;) {
		const char *p = lx->buf.data + lx->pos;
		size_t avail = lx->buf.len - lx->pos;
		const char *q = avail ? memchr(p, '\'', avail) : NULL;
		size_t n = q ? (size_t)(q - p) : avail;
		for (size_t i = 0; i < n; i++)
			if (p[i] == '\n')
				lx->lineno++;
		lx->pos += n;
		if (q)
			break;
		if (!lex_fill(lx)) {
			lex_error(lx, line, "unterminated quoted string");
			return false;
		}
	}
	builder_add(b, new_string(b->arena, lx->buf.data + start,
		lx->pos - start, true));
	lx->pos++;	/* the closing quote */
	return true;
}

/* "...": the opening quote has been consumed. */
static bool lex_double_quote(struct lexer *lx, struct builder *b, int line)
{
	struct builder inner;
	builder_init(&inner, b->arena, true);
	bool ok = lex_parts(lx, &inner, LEX_DQUOTE);
	struct word *list = builder_finish(&inner);
	if (!ok)
		return false;
	if (peek(lx) != '"') {
		lex_error(lx, line, "unterminated quoted string");
		return false;
	}
	next(lx);
	builder_add(b, list);
	return true;
}

/* `...`: collects the text with the backslashes that quote $ ` \ (and "
 * inside double quotes) removed, then parses it as a program. */
static bool lex_backquote(struct lexer *lx, struct builder *b, bool dquoted)
{
	int line = lx->lineno;
	next(lx);
	struct strbuf text = STRBUF_INIT;
	for (;;) {
		int c = next(lx);
		if (c < 0) {
			lex_error(lx, line, "unterminated backquote");
			strbuf_free(&text);
			return false;
		}
		if (c == '`')
			break;
		if (c == '\\') {
			int d = raw_peek(lx);
			if (d == '$' || d == '`' || d == '\\' ||
			    (dquoted && d == '"')) {
				raw_next(lx);
				strbuf_appendc(&text, (char)d);
				continue;
			}
		}
		strbuf_appendc(&text, (char)c);
	}
	bool ok;
	struct node *body = parser_parse_text(lx, strbuf_str(&text), line, &ok);
	strbuf_free(&text);
	if (!ok)
		return false;
	struct word *w = arena_alloc(b->arena, sizeof(*w));
	w->type = WORD_CMDSUB;
	w->cmdsub.body = body;
	w->cmdsub.backquote = true;
	builder_add(b, w);
	return true;
}

/* Reads a parameter name after $ or ${: a name, digits (all of them only
 * when braced) or one special character.  NULL if there is none. */
static char *lex_param_name(struct lexer *lx, bool braced)
{
	int c = peek(lx);
	size_t start = lx->pos;
	if (is_name_start(c)) {
		/* The common case: the name lies in buf without a line
		 * continuation inside. */
		const char *d = lx->buf.data;
		size_t i = start + 1;
		while (i < lx->buf.len && is_name_char((unsigned char)d[i]))
			i++;
		if (i < lx->buf.len && d[i] != '\\') {
			lx->pos = i;
			return arena_strndup(lx->arena, d + start, i - start);
		}
	}
	struct strbuf s = STRBUF_INIT;
	if (is_name_start(c)) {
		while (is_name_char(peek(lx)))
			strbuf_appendc(&s, (char)next(lx));
	} else if (c >= '0' && c <= '9') {
		do
			strbuf_appendc(&s, (char)next(lx));
		while (braced && isdigit(peek(lx)));
	} else if (c > 0 && strchr("@*#?-$!", c)) {
		strbuf_appendc(&s, (char)next(lx));
	} else {
		return NULL;
	}
	char *name = arena_strndup(lx->arena, s.data, s.len);
	strbuf_free(&s);
	return name;
}

static struct word *new_param(struct lexer *lx, char *name, bool braced)
{
	struct word *w = arena_alloc(lx->arena, sizeof(*w));
	w->type = WORD_PARAM;
	w->param.name = name;
	w->param.op = PARAM_PLAIN;
	w->param.braced = braced;
	return w;
}

/* The '}' that ends ${...}: w, or NULL after the message. */
static struct word *close_param(struct lexer *lx, int line, struct word *w)
{
	if (peek(lx) != '}') {
		lex_error(lx, line, "missing '}'");
		return NULL;
	}
	next(lx);
	return w;
}

/* The operands of ${x/pattern/string} and ${x:offset:length}, after the
 * operator: the first in first_mode, then, after sep, the second as a
 * parameter word, then the '}'.  NULL after an error. */
static struct word *lex_param_operands(struct lexer *lx, int line,
	struct word *w, enum lex_mode first_mode, char sep)
{
	struct builder b;
	builder_init(&b, lx->arena, false);
	bool ok = lex_parts(lx, &b, first_mode);
	w->param.arg = builder_finish(&b);
	if (!ok)
		return NULL;
	if (peek(lx) == sep) {
		next(lx);
		builder_init(&b, lx->arena, false);
		ok = lex_parts(lx, &b, LEX_PARAM);
		w->param.rep = builder_finish(&b);
		if (!ok)
			return NULL;
	}
	return close_param(lx, line, w);
}

/* ${x/pattern/string} and its forms // /# /% (bash, mksh, ksh; not
 * POSIX): the cursor is on the first '/'.  The pattern is a pattern
 * wherever it is, as for ${x#pattern}, and the string's quotes quote
 * even inside "...". */
static struct word *lex_replace_param(struct lexer *lx, int line,
	struct word *w)
{
	next(lx);
	w->param.op = PARAM_REPLACE;
	int c = peek(lx);
	if (c == '/')
		w->param.op = PARAM_REPLACE_ALL;
	else if (c == '#')
		w->param.op = PARAM_REPLACE_PREFIX;
	else if (c == '%')
		w->param.op = PARAM_REPLACE_SUFFIX;
	if (w->param.op != PARAM_REPLACE)
		next(lx);
	/* The string's quotes quote inside "..." too (bash, mksh). */
	return lex_param_operands(lx, line, w, LEX_PARAM_PAT, '/');
}

/* ${x:offset} and ${x:offset:length} (bash, mksh, ksh; not POSIX): the
 * cursor is after the ':'.  Both are arithmetic expressions, kept as
 * words to expand when the parameter is. */
static struct word *lex_substr_param(struct lexer *lx, int line,
	struct word *w)
{
	w->param.op = PARAM_SUBSTR;
	return lex_param_operands(lx, line, w, LEX_PARAM_SLICE, ':');
}

/* After "${#": true if a length ${#name} follows, false if the '#' is
 * $# itself, alone or with an operator.  An operator character that is
 * also a special parameter (- ? #) is the parameter when '}' follows it,
 * as in dash and bash: ${#-} is the length of $-, ${#-0} is $# or 0. */
static bool hash_is_length(struct lexer *lx)
{
	int c = peek(lx);
	if (c == '}' || (c >= 0 && strchr("=+%:/", c)))
		return false;
	if (c != '-' && c != '?' && c != '#')
		return true;
	size_t pos = lx->pos;
	int lineno = lx->lineno;
	next(lx);
	bool length = peek(lx) == '}';
	lx->pos = pos;
	lx->lineno = lineno;
	return length;
}

/* ${...}: the '{' is next.  dquoted: inside "..." or a here-document. */
static struct word *lex_braced_param(struct lexer *lx, int line,
	bool dquoted)
{
	next(lx);
	struct word *w = NULL;
	if (peek(lx) == '#') {
		next(lx);
		if (hash_is_length(lx)) {
			char *name = lex_param_name(lx, true);
			if (name == NULL)
				goto bad;
			w = new_param(lx, name, true);
			w->param.op = PARAM_LENGTH;
			if (peek(lx) != '}')
				goto bad;
			next(lx);
			return w;
		}
		/* $# itself, maybe with an operator: ${#}, ${#-0}, ${##1}. */
		w = new_param(lx, arena_strdup(lx->arena, "#"), true);
	} else {
		char *name = lex_param_name(lx, true);
		if (name == NULL)
			goto bad;
		w = new_param(lx, name, true);
	}
	int c = peek(lx);
	if (c == '}') {
		next(lx);
		return w;
	}
	if (c == ':') {
		next(lx);
		w->param.colon = true;
		c = peek(lx);
		if (c < 0 || c == '}')
			goto bad;
		if (!strchr("-=?+", c))
			return lex_substr_param(lx, line, w);
	}
	switch (c) {
	case '-': w->param.op = PARAM_DEFAULT; break;
	case '=': w->param.op = PARAM_ASSIGN; break;
	case '?': w->param.op = PARAM_ERROR; break;
	case '+': w->param.op = PARAM_ALT; break;
	case '%': w->param.op = PARAM_TRIM_SUFFIX; break;
	case '#': w->param.op = PARAM_TRIM_PREFIX; break;
	case '/':
		if (w->param.colon)
			goto bad;
		return lex_replace_param(lx, line, w);
	default: goto bad;
	}
	next(lx);
	if (w->param.op == PARAM_TRIM_SUFFIX && peek(lx) == '%') {
		next(lx);
		w->param.op = PARAM_TRIM_SUFFIX_LONG;
	} else if (w->param.op == PARAM_TRIM_PREFIX && peek(lx) == '#') {
		next(lx);
		w->param.op = PARAM_TRIM_PREFIX_LONG;
	}
	/* The patterns of the trimming forms are patterns wherever they
	 * are, so their quotes always quote (XCU 2.6.2). */
	enum param_op op = w->param.op;
	bool pattern = op == PARAM_TRIM_SUFFIX || op == PARAM_TRIM_SUFFIX_LONG ||
		op == PARAM_TRIM_PREFIX || op == PARAM_TRIM_PREFIX_LONG;
	struct builder arg;
	builder_init(&arg, lx->arena, false);
	bool ok = lex_parts(lx, &arg, dquoted && !pattern ? LEX_PARAM_DQ
		: LEX_PARAM);
	w->param.arg = builder_finish(&arg);
	if (!ok)
		return NULL;
	return close_param(lx, line, w);
bad:
	if (peek(lx) < 0)
		lex_error(lx, line, "missing '}'");
	else
		lex_error(lx, line, "bad substitution");
	return NULL;
}

/* ---- aliases in use ---- */

static void uses_push(struct lexer *lx, char *name, size_t end, bool blank)
{
	if (lx->nuses == lx->uses_cap) {
		lx->uses_cap = lx->uses_cap ? 2 * lx->uses_cap : 4;
		lx->uses = xrealloc(lx->uses, lx->uses_cap * sizeof(*lx->uses));
	}
	lx->uses[lx->nuses++] = (struct lex_alias){ name, end, blank };
}

/* A copy to back up to (see lex_arith_or_cmdsub); NULL if none. */
static struct lex_alias *uses_save(const struct lexer *lx)
{
	if (lx->nuses == 0)
		return NULL;
	struct lex_alias *copy = xmalloc(lx->nuses * sizeof(*copy));
	for (size_t i = 0; i < lx->nuses; i++) {
		copy[i] = lx->uses[i];
		copy[i].name = xstrdup(lx->uses[i].name);
	}
	return copy;
}

/* Takes ownership of saved. */
static void uses_restore(struct lexer *lx, struct lex_alias *saved, size_t n)
{
	uses_clear(lx);
	for (size_t i = 0; i < n; i++)
		uses_push(lx, saved[i].name, saved[i].end, saved[i].blank);
	free(saved);
}

static void uses_free(struct lex_alias *saved, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(saved[i].name);
	free(saved);
}

static bool arith_failed_at(const struct lexer *lx, size_t pos)
{
	for (size_t i = 0; i < lx->narith_failed; i++)
		if (lx->arith_failed[i] == pos)
			return true;
	return false;
}

static void arith_failed_add(struct lexer *lx, size_t pos)
{
	if (lx->narith_failed == lx->arith_failed_cap) {
		lx->arith_failed_cap = lx->arith_failed_cap ?
			2 * lx->arith_failed_cap : 8;
		lx->arith_failed = xrealloc(lx->arith_failed,
			lx->arith_failed_cap * sizeof(*lx->arith_failed));
	}
	lx->arith_failed[lx->narith_failed++] = pos;
}

/* An arithmetic expression from the '(' at pos to the "))" that closes
 * it at depth 0, read on trial: if the text does not end so, it is no
 * arithmetic expression, the lexer is backed up to pos and the result is
 * false.  True: it was one, and *out is its WORD_ARITH (NULL after a
 * syntax error).
 *
 * Backing up relies on buf being unchanged since pos, so the attempt
 * substitutes no alias (in a $( ) inside it).  If it succeeds although it
 * skipped one, the expression is read again with aliases on. */
static bool lex_arith_trial(struct lexer *lx, struct word **out)
{
	struct lexer *root = lex_root(lx);
	size_t pos = lx->pos;
	*out = NULL;
	if (arith_failed_at(lx, pos))
		return false;
	int lineno = lx->lineno;
	size_t nheredocs = lx->heredocs.len;
	bool error = root->error;
	bool missed = root->alias_missed;
	size_t nuses = lx->nuses;
	struct lex_alias *uses = uses_save(lx);

	next(lx);
	root->quiet++;
	root->alias_off++;
	root->alias_missed = false;
	struct builder expr;
	builder_init(&expr, lx->arena, false);
	bool ok = lex_parts(lx, &expr, LEX_ARITH);
	struct word *list = builder_finish(&expr);
	root->quiet--;
	root->alias_off--;
	bool is_arith = ok && !root->error;
	if (!is_arith && !error && peek(lx) < 0 && lx->arith_eof_failed > pos)
		lx->arith_eof_failed = pos;	/* for lex_arith_command */
	bool again = root->alias_missed;
	root->alias_missed = missed || again;
	if (is_arith && !again) {
		uses_free(uses, nuses);
		struct word *w = arena_alloc(lx->arena, sizeof(*w));
		w->type = WORD_ARITH;
		w->arith.expr = list;
		*out = w;
		return true;
	}
	/* A failure that an earlier error did not cause is final. */
	if (!is_arith && !error)
		arith_failed_add(lx, pos);
	/* Back up: the buffer still holds all text read since then. */
	lx->pos = pos;
	lx->lineno = lineno;
	lx->heredocs.len = nheredocs;
	lx->have_tok = false;
	root->error = error;
	uses_restore(lx, uses, nuses);
	if (is_arith) {
		next(lx);
		builder_init(&expr, lx->arena, false);
		ok = lex_parts(lx, &expr, LEX_ARITH);
		list = builder_finish(&expr);
		if (!ok) {
			/* The aliases changed where it ends. */
			lex_error(lx, lineno, "missing '))'");
			return true;
		}
		struct word *w = arena_alloc(lx->arena, sizeof(*w));
		w->type = WORD_ARITH;
		w->arith.expr = list;
		*out = w;
		return true;
	}
	return false;
}

/* $(( )): tried first; if the text does not end in "))" at depth 0 it is
 * a command substitution starting with a subshell, $( (...) ), and is
 * reparsed from the second '(' on.  The first "$(" has been consumed. */
static struct word *lex_arith_or_cmdsub(struct lexer *lx)
{
	struct word *w;
	if (lex_arith_trial(lx, &w))
		return w;
	bool ok;
	w = arena_alloc(lx->arena, sizeof(*w));
	w->type = WORD_CMDSUB;
	w->cmdsub.body = parser_parse_cmdsub(lx, &ok);
	return ok ? w : NULL;
}

bool lex_arith_command(struct lexer *lx, struct word **out)
{
	*out = NULL;
	if (!lx->have_tok || lx->tok.type != TOKEN_LPAREN || peek(lx) != '(')
		return false;
	/* Inside a "((" that ran out of input, as "(((((" to the end does:
	 * another trial would almost surely do the same, and one for each
	 * '(' would cost time quadratic in the nesting.  (It could succeed
	 * only after quoted parentheses that unbalance the count; such text
	 * is read as subshells.) */
	if (lx->arith_eof_failed != SIZE_MAX && lx->pos > lx->arith_eof_failed)
		return false;
	struct token tok = lx->tok;
	if (lex_arith_trial(lx, out)) {
		lx->have_tok = false;
		return true;
	}
	/* Backed up to the second '(': the lookahead is the first again. */
	lx->tok = tok;
	lx->have_tok = true;
	return false;
}

/* Reads up to max digits of base (8 or 16) after the value v already
 * read; the number of digits read. */
static int read_digits(struct lexer *lx, int base, int max, unsigned long *v)
{
	int n = 0;
	while (n < max) {
		int d = hex_digit_value(raw_peek(lx));
		if (d < 0 || d >= base)
			break;
		raw_next(lx);
		*v = *v * (unsigned long)base + (unsigned long)d;
		n++;
	}
	return n;
}

/* One escape of $'...' after its backslash, appended to s. */
static void lex_ansi_escape(struct lexer *lx, struct strbuf *s)
{
	static const char from[] = "abeEfnrtv\\'\"?";
	static const char to[] = "\a\b\033\033\f\n\r\t\v\\'\"?";
	int c = raw_next(lx);
	const char *p = c > 0 ? strchr(from, c) : NULL;
	unsigned long v = 0;
	if (p) {
		strbuf_appendc(s, to[p - from]);
	} else if (c >= '0' && c <= '7') {
		v = (unsigned long)(c - '0');
		read_digits(lx, 8, 2, &v);
		strbuf_appendc(s, (char)(v & 0xff));
	} else if (c == 'x' && read_digits(lx, 16, 2, &v) > 0) {
		strbuf_appendc(s, (char)v);
	} else if ((c == 'u' || c == 'U') &&
		   read_digits(lx, 16, c == 'u' ? 4 : 8, &v) > 0) {
		/* In UTF-8 whatever the locale, as in mksh; nothing past
		 * Unicode's last code point. */
		if (v < 0x110000)
			strbuf_append_utf8(s, v);
	} else if (c == 'c' && raw_peek(lx) > 0 && raw_peek(lx) != '\'') {
		/* \cX is control-X; \c\\ is control-backslash. */
		int x = raw_next(lx);
		if (x == '\\' && raw_peek(lx) == '\\')
			raw_next(lx);
		strbuf_appendc(s, (char)(x == '?' ? 0x7f : x & 0x1f));
	} else {
		/* Unknown: kept as written, backslash too (bash). */
		strbuf_appendc(s, '\\');
		if (c >= 0)
			strbuf_appendc(s, (char)c);
	}
}

/* $'...' (XCU 2.2.4, POSIX.1-2024): like '...' with the backslash
 * escapes of C.  "$'" has been consumed.  A null byte (\0, \x00) ends the
 * string, as in bash and mksh: the rest up to the quote is dropped. */
static bool lex_dollar_single(struct lexer *lx, struct builder *b, int line)
{
	struct strbuf s = STRBUF_INIT;
	for (;;) {
		int c = raw_next(lx);
		if (c < 0) {
			lex_error(lx, line, "unterminated quoted string");
			strbuf_free(&s);
			return false;
		}
		if (c == '\'')
			break;
		if (c == '\\')
			lex_ansi_escape(lx, &s);
		else
			strbuf_appendc(&s, (char)c);
	}
	builder_add(b, new_string(b->arena, strbuf_str(&s),
		strlen(strbuf_str(&s)), true));
	strbuf_free(&s);
	return true;
}

/* A '$' is next.  Adds a parameter, a substitution, or a literal '$'
 * when nothing that can be expanded follows.  ansi: $'...' and $"..."
 * are quotes here (not inside "..." or a here-document). */
static bool lex_dollar(struct lexer *lx, struct builder *b, bool dquoted,
	bool ansi)
{
	int line = lx->lineno;
	/* ${ ${ ${ ... or $( $( ... nested beyond the stack: an error, not
	 * a crash. */
	if (stack_exhausted()) {
		lex_error(lx, line, "expansions nested too deeply");
		return false;
	}
	next(lx);
	int c = peek(lx);
	struct word *w;
	if (ansi && c == '\'') {
		next(lx);
		return lex_dollar_single(lx, b, line);
	}
	if (ansi && c == '"') {
		/* $"..." is "..." (bash, mksh): no message catalogue. */
		next(lx);
		return lex_double_quote(lx, b, line);
	}
	if (c == '{') {
		w = lex_braced_param(lx, line, dquoted);
	} else if (c == '(') {
		next(lx);
		if (peek(lx) == '(') {
			w = lex_arith_or_cmdsub(lx);
		} else {
			bool ok;
			w = arena_alloc(lx->arena, sizeof(*w));
			w->type = WORD_CMDSUB;
			w->cmdsub.body = parser_parse_cmdsub(lx, &ok);
			if (!ok)
				w = NULL;
		}
	} else {
		char *name = lex_param_name(lx, false);
		if (name == NULL) {
			builder_addc(b, '$');
			return true;
		}
		w = new_param(lx, name, false);
	}
	if (w == NULL)
		return false;
	builder_add(b, w);
	return true;
}

/* A backslash has been consumed.  In unquoted text it quotes any
 * character; in the other modes only $ ` \ (and " inside "...") and is
 * literal before anything else. */
static void lex_backslash(struct lexer *lx, struct builder *b,
	enum lex_mode mode)
{
	int c = raw_peek(lx);
	bool special;
	if (mode == LEX_WORD || mode == LEX_REGEX || mode == LEX_PARAM ||
	    mode == LEX_PARAM_PAT || mode == LEX_PARAM_SLICE)
		special = c >= 0;
	else if (mode == LEX_PARAM_DQ)
		special = c > 0 && strchr("$`\\\"}", c);
	else
		special = c == '$' || c == '`' || c == '\\' ||
			(mode == LEX_DQUOTE && c == '"');
	if (!special) {
		builder_addc(b, '\\');
		return;
	}
	char ch = (char)raw_next(lx);
	builder_add(b, new_string(b->arena, &ch, 1, true));
}

/* Reads word characters into b until the end that mode defines, which
 * is left unread (except the "))" of LEX_ARITH).  False on a syntax
 * error, or for LEX_ARITH when the text is no arithmetic expansion. */
static bool lex_parts(struct lexer *lx, struct builder *b,
	enum lex_mode mode)
{
	int depth = 0;
	unsigned stop = stop_bits(mode);
	for (;;) {
		if (stop) {
			/* A run of plain characters: taken straight from the
			 * buffer. */
			const unsigned char *p = (const unsigned char *)
				lx->buf.data + lx->pos;
			const unsigned char *end = (const unsigned char *)
				lx->buf.data + lx->buf.len;
			const unsigned char *q = p;
			while (q < end && !(stop_set[*q] & stop))
				q++;
			if (q > p) {
				builder_addn(b, (const char *)p, (size_t)(q - p));
				lx->pos += (size_t)(q - p);
			}
		}
		int line = lx->lineno;
		int c = peek(lx);
		switch (mode) {
		case LEX_WORD:
			if (c < 0 || is_blank(c) || c == '\n' ||
			    is_operator_start(c))
				return true;
			break;
		case LEX_REGEX:
			if (c < 0 || c == '\n' || (depth == 0 && (is_blank(c) ||
			    (is_operator_start(c) && c != '(' && c != '|'))))
				return true;
			if (c == '(')
				depth++;
			else if (c == ')')
				depth--;
			break;
		case LEX_PARAM:
		case LEX_PARAM_DQ:
		case LEX_PARAM_PAT:
		case LEX_PARAM_SLICE:
			if (c == '}' || (c == '/' && mode == LEX_PARAM_PAT) ||
			    (c == ':' && mode == LEX_PARAM_SLICE))
				return true;
			if (c < 0) {
				lex_error(lx, line, "missing '}'");
				return false;
			}
			break;
		case LEX_DQUOTE:
			if (c == '"')
				return true;
			if (c < 0) {
				lex_error(lx, line, "unterminated quoted string");
				return false;
			}
			break;
		case LEX_HEREDOC:
			if (c < 0)
				return true;
			break;
		case LEX_ARITH:
			if (c < 0)
				return false;
			if (c == '(') {
				depth++;
			} else if (c == ')' && depth > 0) {
				depth--;
			} else if (c == ')') {
				next(lx);
				if (peek(lx) != ')')
					return false;
				next(lx);
				return true;
			}
			break;
		}
		bool ok = true;
		if (c == '\\') {
			next(lx);
			lex_backslash(lx, b, mode);
		} else if (c == '\'' && (mode == LEX_WORD || mode == LEX_REGEX ||
			   mode == LEX_PARAM ||
			   mode == LEX_PARAM_PAT || mode == LEX_PARAM_SLICE)) {
			next(lx);
			ok = lex_single_quote(lx, b, line);
		} else if (c == '"' && (mode == LEX_WORD || mode == LEX_REGEX ||
			   mode == LEX_PARAM ||
			   mode == LEX_PARAM_DQ || mode == LEX_PARAM_PAT ||
			   mode == LEX_PARAM_SLICE || mode == LEX_ARITH)) {
			/* In $(( )) too: XCU 2.6.4 applies quote removal to
			 * the expression (as bash does). */
			next(lx);
			ok = lex_double_quote(lx, b, line);
		} else if (c == '$') {
			ok = lex_dollar(lx, b, mode == LEX_DQUOTE ||
				mode == LEX_HEREDOC || mode == LEX_PARAM_DQ,
				mode == LEX_WORD || mode == LEX_REGEX ||
				mode == LEX_PARAM || mode == LEX_PARAM_DQ || mode == LEX_PARAM_PAT ||
				mode == LEX_PARAM_SLICE);
		} else if (c == '`') {
			ok = lex_backquote(lx, b, mode == LEX_DQUOTE ||
				mode == LEX_PARAM_DQ);
		} else {
			builder_addc(b, next(lx));
		}
		if (!ok)
			return false;
	}
}

/* ---- here-documents ---- */

char *lex_unquote_delim(const char *s)
{
	struct strbuf out = STRBUF_INIT;
	strbuf_append(&out, "");
	char quote = 0;
	for (; *s; s++) {
		if (quote == '\'') {
			if (*s == '\'')
				quote = 0;
			else
				strbuf_appendc(&out, *s);
		} else if (*s == '\\' && s[1] && (quote == 0 ||
			   strchr("$`\"\\", s[1]))) {
			strbuf_appendc(&out, *++s);
		} else if (*s == '"') {
			quote = quote ? 0 : '"';
		} else if (*s == '\'' && quote == 0) {
			quote = '\'';
		} else {
			strbuf_appendc(&out, *s);
		}
	}
	return strbuf_finish(&out);
}

/* Appends one physical line (with its '\n' if any) to line, dropping the
 * leading tabs when strip.  False at end of input. */
static bool read_body_line(struct lexer *lx, struct strbuf *line, bool strip)
{
	if (raw_peek(lx) < 0)
		return false;
	if (strip)
		while (raw_peek(lx) == '\t')
			raw_next(lx);
	while (raw_peek(lx) >= 0) {
		const char *p = lx->buf.data + lx->pos;
		size_t avail = lx->buf.len - lx->pos;
		const char *nl = memchr(p, '\n', avail);
		size_t n = nl ? (size_t)(nl - p) + 1 : avail;
		strbuf_appendn(line, p, n);
		lx->pos += n;
		if (nl) {
			lx->lineno++;
			return true;
		}
	}
	/* The last line of the input: every body line ends in a newline. */
	strbuf_appendc(line, '\n');
	return true;
}

/* True if line (a logical line) ends in a backslash-newline that is not
 * itself quoted by a backslash. */
static bool ends_in_continuation(const struct strbuf *line)
{
	if (line->len < 2 || line->data[line->len - 1] != '\n')
		return false;
	size_t n = 0;
	while (n + 1 < line->len && line->data[line->len - 2 - n] == '\\')
		n++;
	return n % 2 == 1;
}

/* True if s[0, n] holds a backslash-newline before s[n]. */
static bool has_continuation(const char *s, size_t n)
{
	for (const char *p = s; (p = memchr(p, '\\', n - (size_t)(p - s)));
	     p++)
		if (p[1] == '\n')
			return true;
	return false;
}

static void lex_read_heredoc(struct lexer *lx, struct redir *r)
{
	bool strip = r->op == REDIR_HEREDOC_STRIP;
	char *delim = lex_unquote_delim(r->here_end);
	size_t dlen = strlen(delim);
	struct strbuf body = STRBUF_INIT;
	struct strbuf line = STRBUF_INIT;
	struct strbuf cmp = STRBUF_INIT;
	int body_line = lx->lineno;
	strbuf_append(&body, "");

	for (;;) {
		strbuf_reset(&line);
		if (!read_body_line(lx, &line, strip))
			break;
		/* In an unquoted body backslash-newline joins lines before
		 * the delimiter is looked for.  The continued line is not
		 * a new line of the body: <<- keeps its tabs (as dash,
		 * bash and mksh do). */
		while (!r->here_quoted && ends_in_continuation(&line))
			if (!read_body_line(lx, &line, false))
				break;
		/* The line as the delimiter is looked for in it: without
		 * its newline, and without line continuations when the body
		 * is unquoted (copied only if it has any). */
		const char *text = line.data;
		size_t len = line.len - 1;	/* every line ends in '\n' */
		if (!r->here_quoted && has_continuation(line.data, len)) {
			strbuf_reset(&cmp);
			strbuf_append(&cmp, "");
			for (size_t i = 0; i < line.len; i++) {
				if (line.data[i] == '\\' && i + 1 < line.len &&
				    line.data[i + 1] == '\n') {
					i++;
					continue;
				}
				strbuf_appendc(&cmp, line.data[i]);
			}
			if (cmp.len > 0 && cmp.data[cmp.len - 1] == '\n')
				strbuf_truncate(&cmp, cmp.len - 1);
			text = cmp.data;
			len = cmp.len;
		}
		if (len == dlen && memcmp(text, delim, len) == 0)
			break;
		strbuf_appendn(&body, line.data, line.len);
	}

	if (r->here_quoted) {
		struct builder b;
		builder_init(&b, lx->arena, false);
		builder_add(&b, new_string(lx->arena, body.data, body.len, true));
		r->target = builder_finish(&b);
	} else {
		struct lexer sub;
		lex_init_sub(&sub, lx, strbuf_str(&body), body_line);
		struct builder b;
		builder_init(&b, lx->arena, false);
		lex_parts(&sub, &b, LEX_HEREDOC);
		r->target = builder_finish(&b);
		lex_finish(&sub);
	}
	free(delim);
	strbuf_free(&body);
	strbuf_free(&line);
	strbuf_free(&cmp);
}

/* Called right after a newline token (or at the end of input). */
static void lex_read_heredocs(struct lexer *lx)
{
	if (lx->heredocs.len == 0)
		return;
	/* Reading a body may parse $( ) that queues here-documents of its
	 * own (they are read in their own newline), so take the list. */
	struct vec pending = lx->heredocs;
	vec_init(&lx->heredocs);
	for (size_t i = 0; i < pending.len && !lex_failed(lx); i++)
		lex_read_heredoc(lx, pending.items[i]);
	vec_free(&pending);
}

/* ---- tokens ---- */

static enum token_type lex_operator(struct lexer *lx)
{
	int c = next(lx);
	int d = peek(lx);
	switch (c) {
	case ';':
		if (d == ';') {
			next(lx);
			if (peek(lx) != '&')
				return TOKEN_DSEMI;
			next(lx);
			return TOKEN_DSEMI_AND;
		}
		if (d == '&') { next(lx); return TOKEN_SEMI_AND; }
		/* Not POSIX, but never valid there either: ';' cannot be
		 * followed by '|' in the grammar. */
		if (d == '|') { next(lx); return TOKEN_DSEMI_AND; }
		return TOKEN_SEMI;
	case '&':
		if (d == '&') { next(lx); return TOKEN_AND_IF; }
		return TOKEN_AMP;
	case '|':
		if (d == '|') { next(lx); return TOKEN_OR_IF; }
		return TOKEN_PIPE;
	case '(':
		return TOKEN_LPAREN;
	case ')':
		return TOKEN_RPAREN;
	case '<':
		if (d == '<') {
			next(lx);
			if (peek(lx) == '-') {
				next(lx);
				return TOKEN_DLESSDASH;
			}
			/* "<<<" is no POSIX sequence ("<<" "<" cannot
			 * parse): taking it costs no valid script. */
			if (peek(lx) == '<') {
				next(lx);
				return TOKEN_TLESS;
			}
			return TOKEN_DLESS;
		}
		if (d == '&') { next(lx); return TOKEN_LESSAND; }
		if (d == '>') { next(lx); return TOKEN_LESSGREAT; }
		return TOKEN_LESS;
	default: /* '>' */
		if (d == '>') { next(lx); return TOKEN_DGREAT; }
		if (d == '&') { next(lx); return TOKEN_GREATAND; }
		if (d == '|') { next(lx); return TOKEN_CLOBBER; }
		return TOKEN_GREAT;
	}
}

/* The raw text of buf[start, end) without line continuations. */
static char *raw_text(struct lexer *lx, size_t start, size_t end)
{
	struct strbuf s = STRBUF_INIT;
	strbuf_append(&s, "");
	for (size_t i = start; i < end; i++) {
		if (lx->buf.data[i] == '\\' && i + 1 < end &&
		    lx->buf.data[i + 1] == '\n') {
			i++;
			continue;
		}
		strbuf_appendc(&s, lx->buf.data[i]);
	}
	char *text = arena_strndup(lx->arena, s.data, s.len);
	strbuf_free(&s);
	return text;
}

struct word *lex_regex_word(struct lexer *lx)
{
	while (is_blank(peek(lx)))
		next(lx);
	int c = peek(lx);
	if (c < 0 || c == '\n' || (is_operator_start(c) && c != '(' && c != '|'))
		return NULL;
	lx->last_lineno = lx->lineno;
	struct builder b;
	builder_init(&b, lx->arena, false);
	bool ok = lex_parts(lx, &b, LEX_REGEX);
	struct word *w = builder_finish(&b);
	return ok ? w : NULL;
}

static void lex_word_token(struct lexer *lx, struct token *tok)
{
	bool delim = lx->want_delim;
	lx->want_delim = false;
	size_t start = lx->pos;
	/* Most words are plain text that ends right in the buffer (at a
	 * blank, a newline or an operator): made at once, no builder. */
	const unsigned char *p = (const unsigned char *)lx->buf.data + start;
	const unsigned char *stop = (const unsigned char *)lx->buf.data +
		lx->buf.len;
	const unsigned char *q = p;
	while (q < stop && !(stop_set[*q] & STOP_WORD))
		q++;
	struct word *w;
	if (q > p && q < stop && (is_blank(*q) || *q == '\n' ||
	    is_operator_start(*q))) {
		size_t n = (size_t)(q - p);
		w = arena_alloc(lx->arena, sizeof(*w));
		w->type = WORD_LIST;
		w->list.head = new_string(lx->arena, (const char *)p, n,
			false);
		lx->pos += n;
		tok->text = w->list.head->string.str;
		tok->kw = keyword_lookup(tok->text, n);
	} else {
		struct builder b;
		builder_init(&b, lx->arena, false);
		bool ok = lex_parts(lx, &b, LEX_WORD);
		w = builder_finish(&b);
		if (!ok) {
			tok->type = TOKEN_ERROR;
			return;
		}
		struct word *head = w->list.head;
		if (head && !head->next && head->type == WORD_STRING &&
		    !head->string.quoted) {
			tok->text = head->string.str;
			tok->kw = keyword_lookup(tok->text,
				strlen(tok->text));
		}
	}
	tok->type = TOKEN_WORD;
	tok->word = w;
	if (delim) {
		tok->here_end = raw_text(lx, start, lx->pos);
		tok->here_quoted = strpbrk(tok->here_end, "'\"\\") != NULL;
		/* A quoted newline in the delimiter: no line can consist of
		 * it.  Shells differ (bash reads the body to the end of the
		 * input, dash matches it over several lines); an end that
		 * cannot be printed back is refused, as yash and mksh do. */
		if (strchr(tok->here_end, '\n') != NULL) {
			lex_error(lx, tok->lineno,
				"here-document delimiter contains a newline");
			tok->type = TOKEN_ERROR;
			return;
		}
	}
	/* Digits right before '<' or '>' make an IO_NUMBER. */
	if (tok->text && tok->text[0] >= '0' && tok->text[0] <= '9' &&
	    strspn(tok->text, "0123456789") == strlen(tok->text)) {
		int c = peek(lx);
		char *end;
		long n = strtol(tok->text, &end, 10);
		if ((c == '<' || c == '>') && n <= INT_MAX) {
			tok->type = TOKEN_IO_NUMBER;
			tok->io_number = (int)n;
		}
	}
}

static void lex_token(struct lexer *lx, struct token *tok)
{
	memset(tok, 0, sizeof(*tok));
	if (lex_failed(lx)) {
		tok->type = TOKEN_ERROR;
		tok->lineno = lx->lineno;
		return;
	}
	while (is_blank(peek(lx)))
		next(lx);
	if (peek(lx) == '#') {
		/* Comments are read raw: a backslash at the end of one does
		 * not continue it. */
		int c;
		while ((c = raw_peek(lx)) >= 0 && c != '\n')
			raw_next(lx);
	}
	tok->lineno = lx->lineno;
	int c = peek(lx);
	/* The alias values that end before this token are read: they may
	 * be substituted again, and one that ended in a blank makes this
	 * token a candidate. */
	tok->check_alias = lx->alias_recheck;
	lx->alias_recheck = ALIAS_CHECK_NONE;
	size_t kept = 0;
	for (size_t i = 0; i < lx->nuses; i++) {
		if (lx->uses[i].end <= lx->pos) {
			if (lx->uses[i].blank)
				tok->check_alias = ALIAS_CHECK_ANY;
			free(lx->uses[i].name);
			continue;
		}
		lx->uses[kept++] = lx->uses[i];
	}
	lx->nuses = kept;
	if (c < 0) {
		tok->type = TOKEN_EOF;
		lex_read_heredocs(lx);
	} else if (c == '\n') {
		next(lx);
		tok->type = TOKEN_NEWLINE;
		lex_read_heredocs(lx);
	} else if (is_operator_start(c)) {
		tok->type = lex_operator(lx);
		if (tok->type == TOKEN_DLESS || tok->type == TOKEN_DLESSDASH)
			lx->want_delim = true;
	} else {
		/* Alias substitution is done on the lookahead token, once the
		 * parser knows whether it is a command word (lex_peek_command),
		 * or at once for check_alias (lex_peek). */
		lex_word_token(lx, tok);
	}
	if (lex_failed(lx))
		tok->type = TOKEN_ERROR;
}

/* Reserved words in a command word's place are no aliases (XCU 2.3.1);
 * "in" is one for the grammar too.  [[ and ]] are not reserved here. */
static bool is_reserved(const struct token *tok)
{
	return tok->kw != KW_NONE && tok->kw != KW_DLBRACKET &&
		tok->kw != KW_DRBRACKET;
}

static bool is_in_use(const struct lexer *lx, const char *name)
{
	/* The text of a `...` was taken from its parent's alias value
	 * perhaps: the parents' uses count too. */
	for (; lx; lx = lx->parent)
		for (size_t i = 0; i < lx->nuses; i++)
			if (strcmp(lx->uses[i].name, name) == 0)
				return true;
	return false;
}

/* If the lookahead is an alias candidate, puts the alias value into buf
 * right after it (where the lexer stands: the word was the last thing
 * read) and drops the lookahead.  True if it did.  how: ALIAS_CHECK_COMMAND
 * for a command word, ALIAS_CHECK_ANY for a word after a blank. */
static bool lex_substitute(struct lexer *lx, enum lex_alias_check how)
{
	struct token *tok = &lx->tok;
	struct lexer *root = lex_root(lx);
	if (root->no_aliases || !lx->have_tok || tok->type != TOKEN_WORD || tok->text == NULL ||
	    tok->here_end != NULL ||
	    (how == ALIAS_CHECK_COMMAND && is_reserved(tok)))
		return false;
	const char *value = alias_table_get(root->aliases, tok->text);
	if (value == NULL || is_in_use(lx, tok->text))
		return false;
	if (root->alias_off > 0) {
		root->alias_missed = true;
		return false;
	}
	size_t len = strlen(value);
	struct strbuf text = STRBUF_INIT;
	strbuf_appendn(&text, lx->buf.data, lx->pos);
	strbuf_appendn(&text, value, len);
	strbuf_appendn(&text, lx->buf.data + lx->pos, lx->buf.len - lx->pos);
	strbuf_free(&lx->buf);
	lx->buf = text;
	lx->narith_failed = 0;
	lx->arith_eof_failed = SIZE_MAX;
	/* Values still being read that end here or later contain the new
	 * text: they stay in use until it is read. */
	for (size_t i = 0; i < lx->nuses; i++)
		if (lx->uses[i].end >= lx->pos)
			lx->uses[i].end += len;
	uses_push(lx, xstrdup(tok->text), lx->pos + len,
		len > 0 && is_blank(value[len - 1]));
	lx->have_tok = false;
	lx->alias_recheck = how;
	return true;
}

struct token *lex_peek_read(struct lexer *lx)
{
	while (!lx->have_tok) {
		/* Straight into the lookahead: a token built in a local and
		 * copied whole was read back with wide loads right after its
		 * narrow stores (a store-forwarding stall: a fifth of the
		 * parser's time). */
		lex_token(lx, &lx->tok);
		lx->have_tok = true;
		if (lx->tok.check_alias != ALIAS_CHECK_NONE)
			lex_substitute(lx, lx->tok.check_alias);
	}
	return &lx->tok;
}

struct token *lex_peek_command(struct lexer *lx)
{
	if (lex_root(lx)->no_aliases)
		return lex_peek(lx);
	for (;;) {
		struct token *tok = lex_peek(lx);
		if (!lex_substitute(lx, ALIAS_CHECK_COMMAND))
			return tok;
	}
}

struct word *lex_heredoc_text(struct lexer *lx)
{
	struct builder b;
	builder_init(&b, lx->arena, false);
	bool ok = lex_parts(lx, &b, LEX_HEREDOC);
	struct word *w = builder_finish(&b);
	return ok && !lex_failed(lx) ? w : NULL;
}

struct token *lex_next(struct lexer *lx)
{
	struct token *tok = lex_peek(lx);
	if (tok->type != TOKEN_ERROR)
		lx->have_tok = false;
	lx->last_lineno = tok->lineno;
	return tok;
}

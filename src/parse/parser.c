/* The parser: one function per rule of the grammar in XCU 2.10.2, named
 * after the rule, reading tokens from the lexer with one token of
 * lookahead.  Reserved words are WORD tokens whose text is compared only
 * where the grammar expects one (rule 1 of 2.10.2), so "echo fi" and
 * "{ echo }; }" need no special case.
 *
 * Errors: the first syntax error is printed by lex_error and sets a flag
 * that makes every later token TOKEN_ERROR; rule functions return NULL and
 * their callers unwind by checking lex_failed.  Everything is allocated
 * in the program's arena, so unwinding frees nothing but temporary
 * vectors. */
#include "parse/parser.h"

#include <stdlib.h>
#include <string.h>

#include "input/input.h"
#include "parse/ast.h"
#include "parse/lexer.h"
#include "util/stack.h"
#include "util/arena.h"
#include "util/vec.h"
#include "util/xalloc.h"

struct parser {
	struct lexer lx;
	struct input *in;
};

bool is_name_n(const char *s, unsigned long n)
{
	if (n == 0 || !(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') ||
			(s[0] >= 'A' && s[0] <= 'Z')))
		return false;
	for (unsigned long i = 1; i < n; i++) {
		char c = s[i];
		if (!(c == '_' || (c >= 'a' && c <= 'z') ||
		      (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			return false;
	}
	return true;
}

bool is_name(const char *s)
{
	return is_name_n(s, strlen(s));
}

/* ---- helpers ---- */

static struct node *new_node(struct lexer *lx, enum node_type type,
	int lineno)
{
	struct node *n = arena_alloc(lx->arena, sizeof(*n));
	n->type = type;
	n->lineno = lineno;
	return n;
}

/* The parser's temporary lists of pointers: most hold a few items, which
 * stay in the struct itself; only a longer one takes memory from malloc.
 * Never copied once pushed to (items may point into it). */
struct pvec {
	void **items;	/* NULL, small or malloc'ed */
	size_t len, cap;
	void *small[8];
};

/* Only the header: small[] is written before it is read, and zeroing
 * it (a rep stos per vector, two per simple command) cost more than the
 * rest of making the vector. */
static inline void pvec_init(struct pvec *v)
{
	v->items = NULL;
	v->len = v->cap = 0;
}

static inline void pvec_push(struct pvec *v, void *item)
{
	if (v->items == NULL) {
		v->items = v->small;
		v->cap = sizeof(v->small) / sizeof(*v->small);
	}
	if (v->len == v->cap) {
		v->cap *= 2;
		if (v->items == v->small) {
			v->items = xmalloc(v->cap * sizeof(*v->items));
			memcpy(v->items, v->small, sizeof(v->small));
		} else {
			v->items = xrealloc(v->items, v->cap * sizeof(*v->items));
		}
	}
	v->items[v->len++] = item;
}

static void pvec_free(struct pvec *v)
{
	if (v->items != v->small)
		free(v->items);
	v->items = NULL;
	v->len = v->cap = 0;
}

/* Copies the pointers of v into the arena and frees v. */
static void *vec_to_arena(struct lexer *lx, struct pvec *v, size_t *n)
{
	*n = v->len;
	void **items = arena_alloc(lx->arena, (v->len + 1) * sizeof(*items));
	if (v->len)
		memcpy(items, v->items, v->len * sizeof(*items));
	pvec_free(v);
	return items;
}

static bool is_kw(const struct token *tok, enum keyword kw)
{
	return tok->type == TOKEN_WORD && tok->kw == kw;
}

static void unexpected(struct lexer *lx, const struct token *tok)
{
	if (tok->type == TOKEN_ERROR)
		return;
	if (tok->type == TOKEN_EOF)
		lex_error(lx, tok->lineno, "unexpected end of file");
	else if (tok->type == TOKEN_NEWLINE)
		lex_error(lx, tok->lineno, "unexpected newline");
	else if (tok->type == TOKEN_WORD && tok->text)
		lex_error(lx, tok->lineno, "unexpected '%s'", tok->text);
	else if (tok->type == TOKEN_WORD || tok->type == TOKEN_IO_NUMBER)
		lex_error(lx, tok->lineno, "unexpected word");
	else
		lex_error(lx, tok->lineno, "unexpected '%s'",
			token_type_name(tok->type));
}

/* Consumes the reserved word that must come next. */
static bool expect_kw(struct lexer *lx, enum keyword kw)
{
	struct token *tok = lex_peek(lx);
	if (is_kw(tok, kw)) {
		lex_next(lx);
		return true;
	}
	if (tok->type == TOKEN_EOF)
		lex_error(lx, tok->lineno, "unexpected end of file");
	else if (tok->type != TOKEN_ERROR)
		lex_error(lx, tok->lineno, "missing '%s'", keyword_text(kw));
	return false;
}

static bool expect_rparen(struct lexer *lx)
{
	struct token *tok = lex_peek(lx);
	if (tok->type == TOKEN_RPAREN) {
		lex_next(lx);
		return true;
	}
	if (tok->type == TOKEN_EOF)
		lex_error(lx, tok->lineno, "unexpected end of file");
	else if (tok->type != TOKEN_ERROR)
		lex_error(lx, tok->lineno, "missing ')'");
	return false;
}

/* linebreak: newline_list or nothing. */
static void linebreak(struct lexer *lx)
{
	while (lex_peek(lx)->type == TOKEN_NEWLINE)
		lex_next(lx);
}

/* A token that ends a compound_list: a closing reserved word or operator,
 * or the end. */
static bool is_closer(enum keyword kw)
{
	switch (kw) {
	case KW_THEN: case KW_ELSE: case KW_ELIF: case KW_FI:
	case KW_DO: case KW_DONE: case KW_ESAC: case KW_RBRACE:
		return true;
	default:
		return false;
	}
}

static bool is_list_end(const struct token *tok)
{
	switch (tok->type) {
	case TOKEN_EOF:
	case TOKEN_ERROR:
	case TOKEN_RPAREN:
	case TOKEN_DSEMI:
	case TOKEN_SEMI_AND:
	case TOKEN_DSEMI_AND:
		return true;
	case TOKEN_WORD:
		return is_closer(tok->kw);
	default:
		return false;
	}
}

static bool is_redir_op(enum token_type t)
{
	switch (t) {
	case TOKEN_LESS: case TOKEN_GREAT: case TOKEN_DLESS:
	case TOKEN_DGREAT: case TOKEN_LESSAND: case TOKEN_GREATAND:
	case TOKEN_LESSGREAT: case TOKEN_DLESSDASH: case TOKEN_CLOBBER:
	case TOKEN_TLESS:
		return true;
	default:
		return false;
	}
}

static struct node *and_or(struct lexer *lx);
static struct node *command(struct lexer *lx);

/* ---- lists ---- */

static void items_push(struct lexer *lx, struct pvec *items,
	struct node *cmd, bool async)
{
	struct list_item *it = arena_alloc(lx->arena, sizeof(*it));
	it->cmd = cmd;
	it->async = async;
	pvec_push(items, it);
}

/* Appends cmd's items if it is a list (so a program reads as one flat
 * list), else cmd itself. */
static void items_push_flat(struct lexer *lx, struct pvec *items,
	struct node *cmd)
{
	if (cmd->type != NODE_LIST) {
		items_push(lx, items, cmd, false);
		return;
	}
	for (size_t i = 0; i < cmd->list.nitems; i++)
		items_push(lx, items, cmd->list.items[i].cmd,
			cmd->list.items[i].async);
}

/* Makes the node for a list: the command itself when there is one
 * synchronous item.  Frees items. */
static struct node *items_finish(struct lexer *lx, struct pvec *items,
	int lineno)
{
	if (items->len == 0) {
		pvec_free(items);
		return NULL;
	}
	struct list_item *first = items->items[0];
	if (items->len == 1 && !first->async) {
		pvec_free(items);
		return first->cmd;
	}
	struct node *n = new_node(lx, NODE_LIST, lineno);
	n->list.nitems = items->len;
	n->list.items = arena_alloc(lx->arena,
		items->len * sizeof(*n->list.items));
	for (size_t i = 0; i < items->len; i++)
		n->list.items[i] = *(struct list_item *)items->items[i];
	pvec_free(items);
	return n;
}

/* list (top): and_or { separator_op and_or } [separator_op], ending
 * before the newline, which is not consumed.
 * term (in a compound_list): the same with newlines as separators,
 * ending before a token that closes the list. */
static struct node *term(struct lexer *lx, bool top)
{
	struct pvec items;
	pvec_init(&items);
	int lineno = lex_peek(lx)->lineno;
	for (;;) {
		struct node *cmd = and_or(lx);
		if (cmd == NULL)
			goto fail;
		struct token *tok = lex_peek(lx);
		bool async = tok->type == TOKEN_AMP;
		if (tok->type == TOKEN_SEMI || tok->type == TOKEN_AMP) {
			lex_next(lx);
		} else if (tok->type != TOKEN_NEWLINE || top) {
			items_push(lx, &items, cmd, false);
			break;
		}
		items_push(lx, &items, cmd, async);
		if (top) {
			enum token_type t = lex_peek_command(lx)->type;
			if (t == TOKEN_NEWLINE || t == TOKEN_EOF)
				break;
		} else {
			linebreak(lx);
			if (is_list_end(lex_peek_command(lx)))
				break;
		}
	}
	return items_finish(lx, &items, lineno);
fail:
	pvec_free(&items);
	return NULL;
}

/* compound_list: linebreak term [separator].  NULL if empty (check
 * lex_failed to tell an error). */
static struct node *compound_list(struct lexer *lx)
{
	linebreak(lx);
	/* A command may start here, so an alias is substituted before the
	 * closing words are looked for (as dash does). */
	if (is_list_end(lex_peek_command(lx)))
		return NULL;
	return term(lx, false);
}

/* A compound_list that must not be empty. */
static struct node *body_list(struct lexer *lx)
{
	struct node *n = compound_list(lx);
	if (n == NULL)
		unexpected(lx, lex_peek(lx));
	return n;
}

/* and_or: pipeline { ('&&' | '||') linebreak pipeline } */
static struct node *pipeline(struct lexer *lx);

static struct node *and_or(struct lexer *lx)
{
	struct node *left = pipeline(lx);
	while (left) {
		struct token *tok = lex_peek(lx);
		enum node_type type;
		if (tok->type == TOKEN_AND_IF)
			type = NODE_AND;
		else if (tok->type == TOKEN_OR_IF)
			type = NODE_OR;
		else
			break;
		lex_next(lx);
		linebreak(lx);
		struct node *right = pipeline(lx);
		if (right == NULL)
			return NULL;
		struct node *n = new_node(lx, type, left->lineno);
		n->binary.left = left;
		n->binary.right = right;
		left = n;
	}
	return left;
}

/* pipeline: ['!'] pipe_sequence
 * pipe_sequence: command { '|' linebreak command } */
static struct node *pipeline(struct lexer *lx)
{
	struct token *tok = lex_peek_command(lx);
	int lineno = tok->lineno;
	bool bang = false;
	if (is_kw(tok, KW_BANG)) {
		lex_next(lx);
		bang = true;
		/* XCU allows one '!' per pipeline; "! ! a" is not a double
		 * negation there. */
		if (is_kw(lex_peek(lx), KW_BANG)) {
			unexpected(lx, lex_peek(lx));
			return NULL;
		}
	}
	struct pvec cmds;
	pvec_init(&cmds);
	for (;;) {
		struct node *cmd = command(lx);
		if (cmd == NULL)
			goto fail;
		pvec_push(&cmds, cmd);
		if (lex_peek(lx)->type != TOKEN_PIPE)
			break;
		lex_next(lx);
		linebreak(lx);
	}
	if (cmds.len == 1 && !bang) {
		struct node *cmd = cmds.items[0];
		pvec_free(&cmds);
		return cmd;
	}
	struct node *n = new_node(lx, NODE_PIPELINE, lineno);
	n->pipeline.bang = bang;
	n->pipeline.cmds = vec_to_arena(lx, &cmds, &n->pipeline.ncmds);
	return n;
fail:
	pvec_free(&cmds);
	return NULL;
}

/* ---- redirections ---- */

/* io_redirect: [IO_NUMBER] (io_file | io_here) */
static struct redir *io_redirect(struct lexer *lx)
{
	struct redir *r = arena_alloc(lx->arena, sizeof(*r));
	r->fd = -1;
	struct token *tok = lex_peek(lx);
	if (tok->type == TOKEN_IO_NUMBER) {
		r->fd = tok->io_number;
		lex_next(lx);
		tok = lex_peek(lx);
	}
	switch (tok->type) {
	case TOKEN_LESS: r->op = REDIR_IN; break;
	case TOKEN_GREAT: r->op = REDIR_OUT; break;
	case TOKEN_CLOBBER: r->op = REDIR_CLOBBER; break;
	case TOKEN_DGREAT: r->op = REDIR_APPEND; break;
	case TOKEN_LESSGREAT: r->op = REDIR_RDWR; break;
	case TOKEN_LESSAND: r->op = REDIR_DUPIN; break;
	case TOKEN_GREATAND: r->op = REDIR_DUPOUT; break;
	case TOKEN_DLESS: r->op = REDIR_HEREDOC; break;
	case TOKEN_DLESSDASH: r->op = REDIR_HEREDOC_STRIP; break;
	case TOKEN_TLESS: r->op = REDIR_HERESTRING; break;
	default:
		unexpected(lx, tok);
		return NULL;
	}
	lex_next(lx);
	tok = lex_peek(lx);
	if (tok->type != TOKEN_WORD) {
		unexpected(lx, tok);
		return NULL;
	}
	lex_next(lx);
	if (r->op == REDIR_HEREDOC || r->op == REDIR_HEREDOC_STRIP) {
		r->here_end = (char *)tok->here_end;
		r->here_quoted = tok->here_quoted;
		/* The body is read at the next newline; an empty one stands
		 * in until then (or if the input ends first). */
		r->target = arena_alloc(lx->arena, sizeof(*r->target));
		r->target->type = WORD_LIST;
		lex_add_heredoc(lx, r);
	} else {
		r->target = tok->word;
	}
	return r;
}

/* redirect_list: io_redirect { io_redirect }, appended at *tail. */
static bool redirect_list(struct lexer *lx, struct redir **tail)
{
	while (*tail)
		tail = &(*tail)->next;
	for (;;) {
		struct token *tok = lex_peek(lx);
		if (tok->type != TOKEN_IO_NUMBER && !is_redir_op(tok->type))
			return !lex_failed(lx);
		struct redir *r = io_redirect(lx);
		if (r == NULL)
			return false;
		*tail = r;
		tail = &r->next;
	}
}

/* ---- compound commands ---- */

/* brace_group: '{' compound_list '}' */
static struct node *brace_group(struct lexer *lx)
{
	struct node *n = new_node(lx, NODE_GROUP, lex_next(lx)->lineno);
	n->group.body = body_list(lx);
	if (n->group.body == NULL || !expect_kw(lx, KW_RBRACE))
		return NULL;
	return n;
}

/* subshell: '(' compound_list ')' */
static struct node *subshell(struct lexer *lx)
{
	struct node *n = new_node(lx, NODE_SUBSHELL, lex_next(lx)->lineno);
	n->group.body = body_list(lx);
	if (n->group.body == NULL || !expect_rparen(lx))
		return NULL;
	return n;
}

/* if_clause: 'if' compound_list 'then' compound_list [else_part] 'fi'
 * else_part: 'elif' compound_list 'then' compound_list [else_part]
 *          | 'else' compound_list
 * The 'if' or 'elif' has been consumed; only the outermost call reads
 * the 'fi'. */
static struct node *if_rest(struct lexer *lx, int lineno, bool is_elif)
{
	struct node *n = new_node(lx, NODE_IF, lineno);
	n->if_.is_elif = is_elif;
	if (!(n->if_.cond = body_list(lx)) || !expect_kw(lx, KW_THEN) ||
	    !(n->if_.then_part = body_list(lx)))
		return NULL;
	struct token *tok = lex_peek(lx);
	if (is_kw(tok, KW_ELIF)) {
		int line = lex_next(lx)->lineno;
		if (!(n->if_.else_part = if_rest(lx, line, true)))
			return NULL;
	} else if (is_kw(tok, KW_ELSE)) {
		lex_next(lx);
		if (!(n->if_.else_part = body_list(lx)))
			return NULL;
	}
	if (!is_elif && !expect_kw(lx, KW_FI))
		return NULL;
	return n;
}

static struct node *if_clause(struct lexer *lx)
{
	int lineno = lex_next(lx)->lineno;
	return if_rest(lx, lineno, false);
}

/* do_group: 'do' compound_list 'done' */
static struct node *do_group(struct lexer *lx)
{
	/* 'do' may come from an alias (alias d=do; for i in 1; d ...; done),
	 * as in dash, bash and mksh: where a reserved word may stand, so
	 * may an alias. */
	lex_peek_command(lx);
	if (!expect_kw(lx, KW_DO))
		return NULL;
	struct node *body = body_list(lx);
	if (body == NULL || !expect_kw(lx, KW_DONE))
		return NULL;
	return body;
}

/* while_clause: 'while' compound_list do_group (and until_clause) */
static struct node *loop_clause(struct lexer *lx, enum node_type type)
{
	struct node *n = new_node(lx, type, lex_next(lx)->lineno);
	if (!(n->loop.cond = body_list(lx)) || !(n->loop.body = do_group(lx)))
		return NULL;
	return n;
}

/* for_clause: 'for' name do_group
 *           | 'for' name sequential_sep do_group
 *           | 'for' name linebreak 'in' [wordlist] sequential_sep do_group */
static struct node *for_clause(struct lexer *lx)
{
	struct node *n = new_node(lx, NODE_FOR, lex_next(lx)->lineno);
	struct token *tok = lex_peek(lx);
	if (tok->type != TOKEN_WORD || !tok->text || !is_name(tok->text)) {
		if (tok->type == TOKEN_WORD)
			lex_error(lx, tok->lineno, "bad for loop variable");
		else
			unexpected(lx, tok);
		return NULL;
	}
	n->for_.var = (char *)tok->text;
	lex_next(lx);
	tok = lex_peek(lx);
	if (tok->type == TOKEN_SEMI) {
		lex_next(lx);
		linebreak(lx);
	} else {
		linebreak(lx);
		if (is_kw(lex_peek(lx), KW_IN)) {
			lex_next(lx);
			n->for_.has_in = true;
			struct pvec words;
			pvec_init(&words);
			while ((tok = lex_peek(lx))->type == TOKEN_WORD) {
				pvec_push(&words, tok->word);
				lex_next(lx);
			}
			n->for_.words = vec_to_arena(lx, &words,
				&n->for_.nwords);
			/* sequential_sep: ';' linebreak | newline_list */
			if (tok->type == TOKEN_SEMI) {
				lex_next(lx);
			} else if (tok->type != TOKEN_NEWLINE) {
				unexpected(lx, tok);
				return NULL;
			}
			linebreak(lx);
		}
	}
	if (!(n->for_.body = do_group(lx)))
		return NULL;
	return n;
}

/* case_item: ['('] pattern ')' (linebreak | compound_list)
 *            [(';;' | ';&' | ';;&') linebreak]
 * pattern: WORD { '|' WORD } */
static bool case_item(struct lexer *lx, struct case_item *item, bool *last)
{
	struct token *tok = lex_peek(lx);
	if (tok->type == TOKEN_LPAREN) {
		lex_next(lx);
		tok = lex_peek(lx);
	}
	struct pvec pats;
	pvec_init(&pats);
	for (;;) {
		if (tok->type != TOKEN_WORD) {
			unexpected(lx, tok);
			pvec_free(&pats);
			return false;
		}
		pvec_push(&pats, tok->word);
		lex_next(lx);
		if (lex_peek(lx)->type != TOKEN_PIPE)
			break;
		lex_next(lx);
		tok = lex_peek(lx);
	}
	item->patterns = vec_to_arena(lx, &pats, &item->npatterns);
	if (!expect_rparen(lx))
		return false;
	item->body = compound_list(lx);
	if (lex_failed(lx))
		return false;
	tok = lex_peek(lx);
	if (tok->type == TOKEN_DSEMI || tok->type == TOKEN_SEMI_AND
	    || tok->type == TOKEN_DSEMI_AND) {
		item->term = tok->type == TOKEN_DSEMI ? CASE_BREAK
			: tok->type == TOKEN_SEMI_AND ? CASE_FALLTHROUGH
			: CASE_CONTINUE;
		lex_next(lx);
		linebreak(lx);
		*last = false;
	} else if (is_kw(tok, KW_ESAC)) {
		item->term = CASE_BREAK;
		*last = true;
	} else {
		if (tok->type == TOKEN_EOF)
			unexpected(lx, tok);
		else
			lex_error(lx, tok->lineno, "missing ';;'");
		return false;
	}
	return true;
}

/* case_clause: 'case' WORD linebreak 'in' linebreak {case_item} 'esac' */
static struct node *case_clause(struct lexer *lx)
{
	struct node *n = new_node(lx, NODE_CASE, lex_next(lx)->lineno);
	struct token *tok = lex_peek(lx);
	if (tok->type != TOKEN_WORD) {
		unexpected(lx, tok);
		return NULL;
	}
	n->case_.subject = tok->word;
	lex_next(lx);
	linebreak(lx);
	if (!expect_kw(lx, KW_IN))
		return NULL;
	linebreak(lx);
	struct pvec items;
	pvec_init(&items);
	bool last = false;
	while (!last && !is_kw(lex_peek(lx), KW_ESAC)) {
		struct case_item *item = arena_alloc(lx->arena, sizeof(*item));
		if (!case_item(lx, item, &last)) {
			pvec_free(&items);
			return NULL;
		}
		pvec_push(&items, item);
	}
	n->case_.nitems = items.len;
	n->case_.items = arena_alloc(lx->arena,
		(items.len + 1) * sizeof(*n->case_.items));
	for (size_t i = 0; i < items.len; i++)
		n->case_.items[i] = *(struct case_item *)items.items[i];
	pvec_free(&items);
	if (!expect_kw(lx, KW_ESAC))
		return NULL;
	return n;
}

/* ---- [[ expression ]] (bash, ksh, mksh, zsh; XCU 2.4 lets "[[" and
 * "]]" be reserved words) ----
 * cond_or: cond_and {'||' linebreak cond_and}
 * cond_and: cond_not {'&&' linebreak cond_not}
 * cond_not: '!' cond_not | '(' linebreak cond_or ')' | primary
 * primary: UNARY-OP WORD | WORD BINARY-OP WORD | WORD */

static struct cond *cond_or(struct lexer *lx);

static bool is_cond_unary(const char *s)
{
	return s && s[0] == '-' && s[1] && !s[2]
		&& strchr("abcdefghkLnoprsStuvwxzOGN", s[1]);
}

static bool is_cond_binary(const char *s)
{
	static const char *const ops[] = {
		"==", "=", "!=", "=~", "-eq", "-ne", "-lt", "-le", "-gt",
		"-ge", "-nt", "-ot", "-ef",
	};
	for (size_t i = 0; s && i < sizeof(ops) / sizeof(*ops); i++)
		if (strcmp(s, ops[i]) == 0)
			return true;
	return false;
}

static struct cond *new_cond(struct lexer *lx, enum cond_type type)
{
	struct cond *c = arena_alloc(lx->arena, sizeof(*c));
	c->type = type;
	return c;
}

/* An operand: any word but the closing "]]". */
static struct word *cond_word(struct lexer *lx)
{
	struct token *tok = lex_peek(lx);
	if (tok->type != TOKEN_WORD || is_kw(tok, KW_DRBRACKET)) {
		if (tok->type == TOKEN_WORD || tok->type == TOKEN_NEWLINE)
			lex_error(lx, tok->lineno, "[[: operand expected");
		else
			unexpected(lx, tok);
		return NULL;
	}
	return lex_next(lx)->word;
}

static struct cond *cond_primary(struct lexer *lx)
{
	linebreak(lx);	/* newlines are blanks between [[ and ]], as in bash */
	struct token *tok = lex_peek(lx);
	if (tok->type == TOKEN_LPAREN) {
		lex_next(lx);
		linebreak(lx);
		struct cond *c = cond_or(lx);
		linebreak(lx);
		if (!c || !expect_rparen(lx))
			return NULL;
		linebreak(lx);
		return c;
	}
	const char *text = tok->type == TOKEN_WORD ? tok->text : NULL;
	struct word *a = cond_word(lx);
	if (!a)
		return NULL;
	linebreak(lx);
	tok = lex_peek(lx);
	if (is_cond_unary(text) && tok->type == TOKEN_WORD &&
	    !is_kw(tok, KW_DRBRACKET) && !is_cond_binary(tok->text)) {
		struct cond *c = new_cond(lx, COND_UNARY);
		c->op = text;
		c->a = lex_next(lx)->word;
		linebreak(lx);
		return c;
	}
	const char *op = NULL;
	if (tok->type == TOKEN_LESS)
		op = "<";
	else if (tok->type == TOKEN_GREAT)
		op = ">";
	else if (tok->type == TOKEN_WORD && is_cond_binary(tok->text))
		op = tok->text;
	if (!op) {
		struct cond *c = new_cond(lx, COND_WORD);
		c->a = a;
		return c;
	}
	int lineno = lex_next(lx)->lineno;
	struct cond *c = new_cond(lx, COND_BINARY);
	c->op = op;
	c->a = a;
	if (strcmp(op, "=~") == 0) {
		if (!(c->b = lex_regex_word(lx))) {
			lex_error(lx, lineno, "[[: operand expected");
			return NULL;
		}
		linebreak(lx);
		return c;
	}
	linebreak(lx);
	if (!(c->b = cond_word(lx)))
		return NULL;
	linebreak(lx);
	return c;
}

static struct cond *cond_not(struct lexer *lx)
{
	if (!is_kw(lex_peek(lx), KW_BANG))
		return cond_primary(lx);
	lex_next(lx);
	struct cond *c = new_cond(lx, COND_NOT);
	if (!(c->left = cond_not(lx)))
		return NULL;
	return c;
}

static struct cond *cond_binary_list(struct lexer *lx, bool is_or)
{
	struct cond *left = is_or ? cond_binary_list(lx, false) : cond_not(lx);
	enum token_type optype = is_or ? TOKEN_OR_IF : TOKEN_AND_IF;
	while (left && lex_peek(lx)->type == optype) {
		lex_next(lx);
		linebreak(lx);
		struct cond *c = new_cond(lx, is_or ? COND_OR : COND_AND);
		c->left = left;
		c->right = is_or ? cond_binary_list(lx, false) : cond_not(lx);
		left = c->right ? c : NULL;
	}
	return left;
}

static struct cond *cond_or(struct lexer *lx)
{
	return cond_binary_list(lx, true);
}

static struct node *cond_command(struct lexer *lx)
{
	struct node *n = new_node(lx, NODE_COND, lex_next(lx)->lineno);
	if (!(n->cond.expr = cond_or(lx)))
		return NULL;
	struct token *tok = lex_peek(lx);
	if (!is_kw(tok, KW_DRBRACKET)) {
		if (tok->type == TOKEN_WORD)
			lex_error(lx, tok->lineno, "[[: missing ']]'");
		else
			unexpected(lx, tok);
		return NULL;
	}
	lex_next(lx);
	return n;
}

static bool is_compound_start(const struct token *tok)
{
	if (tok->type == TOKEN_LPAREN)
		return true;
	if (tok->type != TOKEN_WORD)
		return false;
	switch (tok->kw) {
	case KW_LBRACE: case KW_IF: case KW_WHILE: case KW_UNTIL:
	case KW_FOR: case KW_CASE: case KW_DLBRACKET:
		return true;
	default:
		return false;
	}
}

/* compound_command [redirect_list] */
static struct node *compound_command(struct lexer *lx)
{
	struct token *tok = lex_peek(lx);
	struct node *n;
	struct word *arith;
	int lineno = tok->lineno;
	if (tok->type == TOKEN_LPAREN && lex_arith_command(lx, &arith)) {
		if (arith == NULL)
			return NULL;
		n = new_node(lx, NODE_ARITH, lineno);
		n->arith.word = arena_alloc(lx->arena, sizeof(*n->arith.word));
		n->arith.word->type = WORD_LIST;
		n->arith.word->list.head = arith;
	} else if (tok->type == TOKEN_LPAREN)
		n = subshell(lx);
	else if (is_kw(tok, KW_LBRACE))
		n = brace_group(lx);
	else if (is_kw(tok, KW_IF))
		n = if_clause(lx);
	else if (is_kw(tok, KW_WHILE))
		n = loop_clause(lx, NODE_WHILE);
	else if (is_kw(tok, KW_UNTIL))
		n = loop_clause(lx, NODE_UNTIL);
	else if (is_kw(tok, KW_FOR))
		n = for_clause(lx);
	else if (is_kw(tok, KW_DLBRACKET))
		n = cond_command(lx);
	else
		n = case_clause(lx);
	if (n == NULL || !redirect_list(lx, &n->redirs))
		return NULL;
	return n;
}

/* ---- simple commands and function definitions ---- */

/* NAME=value with an unquoted name: splits the word into an assignment. */
static struct assign *assignment(struct lexer *lx, struct word *w)
{
	struct word *first = w->list.head;
	if (!first || first->type != WORD_STRING || first->string.quoted)
		return NULL;
	char *eq = strchr(first->string.str, '=');
	if (eq == NULL || !is_name_n(first->string.str,
			(unsigned long)(eq - first->string.str)))
		return NULL;
	struct assign *a = arena_alloc(lx->arena, sizeof(*a));
	a->name = arena_strndup(lx->arena, first->string.str,
		(size_t)(eq - first->string.str));
	a->value = arena_alloc(lx->arena, sizeof(*a->value));
	a->value->type = WORD_LIST;
	if (eq[1]) {
		struct word *rest = arena_alloc(lx->arena, sizeof(*rest));
		rest->type = WORD_STRING;
		rest->string.str = eq + 1;
		rest->next = first->next;
		a->value->list.head = rest;
	} else {
		a->value->list.head = first->next;
	}
	return a;
}

/* function_definition: fname '(' ')' linebreak function_body
 * function_body: compound_command [redirect_list]
 * The name and '(' are next-but-one and next. */
static struct node *function_definition(struct lexer *lx, const char *name,
	int lineno)
{
	lex_next(lx);	/* '(' */
	if (!expect_rparen(lx))
		return NULL;
	linebreak(lx);
	struct token *tok = lex_peek_command(lx);
	if (!is_compound_start(tok)) {
		unexpected(lx, tok);
		return NULL;
	}
	struct node *n = new_node(lx, NODE_FUNCDEF, lineno);
	n->funcdef.name = (char *)name;
	if (!(n->funcdef.body = compound_command(lx)))
		return NULL;
	return n;
}

/* simple_command: cmd_prefix [cmd_word [cmd_suffix]] | cmd_name [cmd_suffix]
 * with assignments only in the prefix and redirections anywhere. */
static struct node *simple_command(struct lexer *lx)
{
	struct token *tok = lex_peek(lx);
	struct node *n = new_node(lx, NODE_SIMPLE, tok->lineno);
	struct pvec assigns, args;
	pvec_init(&assigns);
	pvec_init(&args);
	struct redir **rtail = &n->redirs;
	for (;;) {
		/* Until the command word, after assignments and redirections
		 * too, a word may be an alias (as in dash). */
		tok = args.len == 0 ? lex_peek_command(lx) : lex_peek(lx);
		if (tok->type == TOKEN_IO_NUMBER || is_redir_op(tok->type)) {
			struct redir *r = io_redirect(lx);
			if (r == NULL)
				goto fail;
			*rtail = r;
			rtail = &r->next;
			continue;
		}
		if (tok->type != TOKEN_WORD)
			break;
		struct assign *a = NULL;
		if (args.len == 0)
			a = assignment(lx, tok->word);
		if (a) {
			pvec_push(&assigns, a);
			lex_next(lx);
			continue;
		}
		const char *text = tok->text;
		pvec_push(&args, tok->word);
		lex_next(lx);
		if (args.len == 1 && assigns.len == 0 && n->redirs == NULL &&
		    text && is_name(text) &&
		    lex_peek(lx)->type == TOKEN_LPAREN) {
			pvec_free(&assigns);
			pvec_free(&args);
			return function_definition(lx, text, n->lineno);
		}
	}
	if (lex_failed(lx))
		goto fail;
	if (args.len == 0 && assigns.len == 0 && n->redirs == NULL) {
		unexpected(lx, tok);
		goto fail;
	}
	n->simple.args = vec_to_arena(lx, &args, &n->simple.nargs);
	n->simple.nassigns = assigns.len;
	n->simple.assigns = arena_alloc(lx->arena,
		(assigns.len + 1) * sizeof(*n->simple.assigns));
	for (size_t i = 0; i < assigns.len; i++)
		n->simple.assigns[i] = *(struct assign *)assigns.items[i];
	pvec_free(&assigns);
	return n;
fail:
	pvec_free(&assigns);
	pvec_free(&args);
	return NULL;
}

/* command: simple_command | compound_command [redirect_list]
 *        | function_definition */
static struct node *command(struct lexer *lx)
{
	struct token *tok = lex_peek_command(lx);
	if (is_compound_start(tok)) {
		/* ( ( ( ... or { { { ... nested beyond the stack: an error,
		 * not a crash. */
		if (stack_exhausted()) {
			lex_error(lx, tok->lineno, "commands nested too deeply");
			return NULL;
		}
		return compound_command(lx);
	}
	if (tok->type == TOKEN_WORD && is_closer(tok->kw)) {
		unexpected(lx, tok);
		return NULL;
	}
	if (tok->type == TOKEN_WORD || tok->type == TOKEN_IO_NUMBER ||
	    is_redir_op(tok->type))
		return simple_command(lx);
	unexpected(lx, tok);
	return NULL;
}

/* ---- programs ---- */

/* program: linebreak complete_commands linebreak, as one flat list. */
static struct node *program(struct lexer *lx)
{
	struct pvec items;
	pvec_init(&items);
	int lineno = lx->lineno;
	for (;;) {
		linebreak(lx);
		struct token *tok = lex_peek_command(lx);
		if (tok->type == TOKEN_NEWLINE) {
			/* An alias with an empty value. */
			continue;
		}
		if (tok->type == TOKEN_EOF)
			break;
		if (tok->type == TOKEN_ERROR)
			goto fail;
		if (items.len == 0)
			lineno = tok->lineno;
		struct node *n = term(lx, true);
		if (n == NULL)
			goto fail;
		items_push_flat(lx, &items, n);
		tok = lex_peek(lx);
		if (tok->type == TOKEN_NEWLINE) {
			lex_next(lx);
		} else if (tok->type != TOKEN_EOF) {
			unexpected(lx, tok);
			goto fail;
		}
	}
	return items_finish(lx, &items, lineno);
fail:
	pvec_free(&items);
	return NULL;
}

struct node *parser_parse_cmdsub(struct lexer *lx, bool *ok)
{
	/* Called by the lexer while it builds the word that holds the $( ),
	 * in place, in the lookahead (lex_peek_read): the body's tokens
	 * pass through the lookahead too, so the word is set aside and put
	 * back after the body. */
	struct token word_tok = lx->tok;
	bool word_have = lx->have_tok;
	/* Here-documents queued before the $( belong to the outer line;
	 * set them aside so a newline inside does not read their bodies. */
	struct vec outer = lx->heredocs;
	vec_init(&lx->heredocs);
	struct node *body = compound_list(lx);
	struct token *tok = lex_peek(lx);
	*ok = tok->type == TOKEN_RPAREN;
	if (*ok)
		lex_next(lx);
	else
		unexpected(lx, tok);
	for (size_t i = 0; i < lx->heredocs.len; i++)
		vec_push(&outer, lx->heredocs.items[i]);
	vec_free(&lx->heredocs);
	lx->heredocs = outer;
	lx->tok = word_tok;
	lx->have_tok = word_have;
	return *ok ? body : NULL;
}

struct node *parser_parse_text(struct lexer *parent, const char *text,
	int lineno, bool *ok)
{
	struct lexer sub;
	lex_init_sub(&sub, parent, text, lineno);
	struct node *n = program(&sub);
	*ok = !lex_failed(&sub);
	lex_finish(&sub);
	return *ok ? n : NULL;
}

/* ---- the interface ---- */

struct parser *parser_create(struct input *in)
{
	struct parser *p = xcalloc(1, sizeof(*p));
	p->in = in;
	lex_init(&p->lx, in, in->name, NULL);
	return p;
}

void parser_destroy(struct parser *p)
{
	if (p == NULL)
		return;
	lex_finish(&p->lx);
	free(p);
}

int parser_lineno(const struct parser *p)
{
	return p->lx.last_lineno;
}

void parser_set_aliases(struct parser *p, const struct alias_table *t)
{
	lex_set_aliases(&p->lx, t);
}

void parser_set_verbose(struct parser *p, const bool *flag)
{
	p->lx.verbose = flag;
}

/* complete_command: list [separator_op] NEWLINE (or the end of input). */
enum parse_status parser_next(struct parser *p, struct program **out)
{
	struct lexer *lx = &p->lx;
	struct program *prog = program_create();
	lx->arena = &prog->arena;
	lex_begin_command(lx);

	struct token *tok = lex_peek_command(lx);
	if (tok->type == TOKEN_EOF) {
		lx->arena = NULL;
		program_unref(prog);
		return PARSE_EOF;
	}
	if (tok->type == TOKEN_NEWLINE) {
		lex_next(lx);
	} else {
		prog->root = term(lx, true);
		if (prog->root == NULL)
			goto fail;
		tok = lex_peek(lx);
		if (tok->type == TOKEN_NEWLINE) {
			lex_next(lx);
		} else if (tok->type != TOKEN_EOF) {
			unexpected(lx, tok);
			goto fail;
		}
	}
	lx->arena = NULL;
	*out = prog;
	return PARSE_OK;
fail:
	lex_discard_line(lx);
	lx->arena = NULL;
	program_unref(prog);
	return PARSE_ERROR;
}

struct program *parse_string(const char *text, const char *name)
{
	struct program *prog = program_create();
	struct lexer lx;
	lex_init(&lx, NULL, name, &prog->arena);
	strbuf_append(&lx.buf, text);
	prog->root = program(&lx);
	bool failed = lex_failed(&lx);
	lex_finish(&lx);
	if (failed) {
		program_unref(prog);
		return NULL;
	}
	return prog;
}

struct program *parse_heredoc_text(const char *text, struct word **out)
{
	struct program *prog = program_create();
	struct lexer lx;
	lex_init(&lx, NULL, NULL, &prog->arena);
	lx.quiet = 1;
	strbuf_append(&lx.buf, text);
	*out = lex_heredoc_text(&lx);
	lex_finish(&lx);
	if (*out == NULL) {
		program_unref(prog);
		return NULL;
	}
	return prog;
}

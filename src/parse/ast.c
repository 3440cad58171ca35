/* Programs (the arena that holds a tree, reference counted) and the
 * printer that turns a tree back into shell text.
 *
 * The printed form is canonical rather than faithful: single spaces,
 * "; " between commands, `...` printed as $(...).  What it keeps is the
 * structure: parsing the output gives a tree that prints the same again.
 * That is why quoting is chosen per part: a one-character quoted string
 * prints as \c, a longer one as '...', and text inside "..." or a
 * here-document body escapes only what would otherwise be special.
 *
 * Here-documents: the operator prints as <<WORD in its place; the bodies
 * of all here-documents of a line follow it, each after a newline and
 * ended by its delimiter line, so the whole reads back as it was.  A body
 * inside $( ) is printed inside the parentheses, before the ')'. */
#include "parse/ast.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "parse/lexer.h"
#include "util/strbuf.h"
#include "util/vec.h"
#include "util/xalloc.h"

/* A program and the first space of its arena in one allocation, small
 * enough for malloc's per-thread cache: most programs are one short
 * command, parsed, run and freed. */
struct program_block {
	struct program prog;
	alignas(max_align_t) char space[1024 - 64];
};

struct program *program_create(void)
{
	struct program_block *pb = xmalloc(sizeof(*pb));
	struct program *prog = &pb->prog;
	arena_init_buffer(&prog->arena, pb->space, sizeof(pb->space));
	prog->root = NULL;
	prog->refs = 1;
	return prog;
}

void program_ref(struct program *prog)
{
	prog->refs++;
}

void program_unref(struct program *prog)
{
	if (prog == NULL || --prog->refs > 0)
		return;
	arena_destroy(&prog->arena);
	free(prog);
}

/* ---- inert trees ---- */

static bool part_has_cmdsub(const struct word *w);

/* True if w or a part after it holds a command substitution. */
static bool parts_have_cmdsub(const struct word *w)
{
	for (; w; w = w->next)
		if (part_has_cmdsub(w))
			return true;
	return false;
}

static bool part_has_cmdsub(const struct word *w)
{
	switch (w->type) {
	case WORD_STRING:
		return false;
	case WORD_CMDSUB:
		return true;
	case WORD_PARAM:
		return parts_have_cmdsub(w->param.arg) ||
			parts_have_cmdsub(w->param.rep);
	case WORD_ARITH:
		return parts_have_cmdsub(w->arith.expr);
	case WORD_LIST:
		return parts_have_cmdsub(w->list.head);
	}
	return true;
}

static bool word_is_inert(const struct word *w)
{
	return w == NULL || !part_has_cmdsub(w);
}

static bool redirs_are_inert(const struct redir *r)
{
	for (; r; r = r->next)
		if (!word_is_inert(r->target))
			return false;
	return true;
}

static bool cond_is_inert(const struct cond *c)
{
	return c == NULL || (word_is_inert(c->a) && word_is_inert(c->b) &&
		cond_is_inert(c->left) && cond_is_inert(c->right));
}

bool ast_is_inert(const struct node *n,
	bool (*inert_name)(void *ctx, const char *name), void *ctx)
{
	if (n == NULL)
		return true;
	if (!redirs_are_inert(n->redirs))
		return false;
	switch (n->type) {
	case NODE_SIMPLE:
		for (size_t i = 0; i < n->simple.nassigns; i++)
			if (!word_is_inert(n->simple.assigns[i].value))
				return false;
		for (size_t i = 0; i < n->simple.nargs; i++)
			if (!word_is_inert(n->simple.args[i]))
				return false;
		if (n->simple.nargs > 0) {
			const struct word *head = n->simple.args[0]->list.head;
			if (head == NULL || head->next != NULL ||
			    head->type != WORD_STRING || head->string.quoted ||
			    !inert_name(ctx, head->string.str))
				return false;
		}
		return true;
	case NODE_PIPELINE:
		return n->pipeline.ncmds == 1 &&
			ast_is_inert(n->pipeline.cmds[0], inert_name, ctx);
	case NODE_AND:
	case NODE_OR:
		return ast_is_inert(n->binary.left, inert_name, ctx) &&
			ast_is_inert(n->binary.right, inert_name, ctx);
	case NODE_LIST:
		for (size_t i = 0; i < n->list.nitems; i++)
			if (n->list.items[i].async ||
			    !ast_is_inert(n->list.items[i].cmd, inert_name, ctx))
				return false;
		return true;
	case NODE_GROUP:
		return ast_is_inert(n->group.body, inert_name, ctx);
	case NODE_IF:
		return ast_is_inert(n->if_.cond, inert_name, ctx) &&
			ast_is_inert(n->if_.then_part, inert_name, ctx) &&
			ast_is_inert(n->if_.else_part, inert_name, ctx);
	case NODE_WHILE:
	case NODE_UNTIL:
		return ast_is_inert(n->loop.cond, inert_name, ctx) &&
			ast_is_inert(n->loop.body, inert_name, ctx);
	case NODE_FOR:
		for (size_t i = 0; i < n->for_.nwords; i++)
			if (!word_is_inert(n->for_.words[i]))
				return false;
		return ast_is_inert(n->for_.body, inert_name, ctx);
	case NODE_CASE:
		if (!word_is_inert(n->case_.subject))
			return false;
		for (size_t i = 0; i < n->case_.nitems; i++) {
			const struct case_item *it = &n->case_.items[i];
			for (size_t j = 0; j < it->npatterns; j++)
				if (!word_is_inert(it->patterns[j]))
					return false;
			if (!ast_is_inert(it->body, inert_name, ctx))
				return false;
		}
		return true;
	case NODE_FUNCDEF:
		return !inert_name(ctx, n->funcdef.name);
	case NODE_ARITH:
		return word_is_inert(n->arith.word);
	case NODE_COND:
		return cond_is_inert(n->cond.expr);
	case NODE_SUBSHELL:
		break;
	}
	return false;
}

/* ---- printing ---- */

/* Which characters of a part are special where it is printed. */
enum print_ctx {
	CTX_UNQUOTED,	/* a word, an assignment value, a ${x-w} argument */
	CTX_DQUOTE,	/* inside "..." */
	CTX_RAW,	/* a here-document body, a $(( )) expression */
};

struct printer {
	struct strbuf *out;
	struct vec heredocs;	/* struct redir *: bodies not yet printed */
	struct vec delims;	/* char *: the delimiter printed for each */
	/* The printer whose here-document body holds this one's $( ), and
	 * the delimiter of the body being printed now: a here-document
	 * inside must not end with a line that would end that body. */
	const struct printer *outer;
	const char *body_delim;
};

#define PRINTER_INIT(out, outer) { (out), VEC_INIT, VEC_INIT, (outer), NULL }

static void printer_free(struct printer *pr)
{
	for (size_t i = 0; i < pr->delims.len; i++)
		free(pr->delims.items[i]);
	vec_free(&pr->delims);
	vec_free(&pr->heredocs);
}

/* True if a line s would end a here-document body this printer or one
 * around it is in the middle of. */
static bool delim_taken(const struct printer *pr, const char *s)
{
	for (; pr; pr = pr->outer)
		if (pr->body_delim && strcmp(pr->body_delim, s) == 0)
			return true;
	return false;
}

static void print_node(struct printer *pr, const struct node *n);
static void print_word(struct printer *pr, const struct word *w,
	enum print_ctx ctx);

static bool is_dquote_special(char c)
{
	return c == '$' || c == '`' || c == '"' || c == '\\';
}

static void print_string(struct printer *pr, const char *s, bool quoted,
	enum print_ctx ctx)
{
	struct strbuf *out = pr->out;
	if (!quoted) {
		if (ctx == CTX_RAW) {
			strbuf_append(out, s);
			return;
		}
		if (ctx == CTX_UNQUOTED) {
			/* An unquoted backslash is left only by one that ends
			 * the input; escape it so it stays literal. */
			for (; *s; s++) {
				if (*s == '\\')
					strbuf_appendc(out, '\\');
				strbuf_appendc(out, *s);
			}
			return;
		}
		for (; *s; s++) {
			if ((*s == '"' || *s == '`') ||
			    (*s == '\\' && (s[1] == '\0' ||
					    is_dquote_special(s[1]))))
				strbuf_appendc(out, '\\');
			strbuf_appendc(out, *s);
		}
		return;
	}
	if (ctx != CTX_UNQUOTED) {
		/* Only $ ` \ (and ") can be quoted here, each with \. */
		for (; *s; s++) {
			strbuf_appendc(out, '\\');
			strbuf_appendc(out, *s);
		}
		return;
	}
	if (strlen(s) == 1 && s[0] != '\n') {
		strbuf_appendc(out, '\\');
		strbuf_appendc(out, s[0]);
		return;
	}
	if (strchr(s, '\'') != NULL) {
		/* '...' cannot hold a quote: as 'a'\''b' the text would read
		 * back as three parts, printed otherwise ($'a\'b' printed
		 * twice).  One part per character reads back as itself. */
		for (; *s; s++) {
			if (*s == '\n') {
				strbuf_append(out, "'\n'");
			} else {
				strbuf_appendc(out, '\\');
				strbuf_appendc(out, *s);
			}
		}
		return;
	}
	strbuf_append_squoted(out, s);
}

/* True if w is a literal text ending in a '$' that would start an
 * expansion printed right after it ("$`a`" printed as "$$(a)"). */
static bool is_dollar_before_expansion(const struct word *w)
{
	if (w->type != WORD_STRING || w->string.quoted || w->next == NULL)
		return false;
	size_t len = strlen(w->string.str);
	if (len == 0 || w->string.str[len - 1] != '$')
		return false;
	enum word_type t = w->next->type;
	return t == WORD_PARAM || t == WORD_CMDSUB || t == WORD_ARITH;
}

static void print_parts(struct printer *pr, const struct word *head,
	enum print_ctx ctx)
{
	for (const struct word *w = head; w; w = w->next) {
		if (is_dollar_before_expansion(w)) {
			/* Print that '$' quoted: \$ is literal in every
			 * context, and it reads back as a quoted "$". */
			const char *s = w->string.str;
			char *rest = xstrndup(s, strlen(s) - 1);
			print_string(pr, rest, false, ctx);
			free(rest);
			strbuf_append(pr->out, "\\$");
			continue;
		}
		print_word(pr, w, ctx);
	}
}

static const char *param_op_text(enum param_op op)
{
	switch (op) {
	case PARAM_DEFAULT: return "-";
	case PARAM_ASSIGN: return "=";
	case PARAM_ERROR: return "?";
	case PARAM_ALT: return "+";
	case PARAM_TRIM_SUFFIX: return "%";
	case PARAM_TRIM_SUFFIX_LONG: return "%%";
	case PARAM_TRIM_PREFIX: return "#";
	case PARAM_TRIM_PREFIX_LONG: return "##";
	case PARAM_REPLACE: return "/";
	case PARAM_REPLACE_ALL: return "//";
	case PARAM_REPLACE_PREFIX: return "/#";
	case PARAM_REPLACE_SUFFIX: return "/%";
	default: return "";
	}
}

static void print_param(struct printer *pr, const struct word *w)
{
	struct strbuf *out = pr->out;
	if (!w->param.braced) {
		strbuf_appendc(out, '$');
		strbuf_append(out, w->param.name);
		return;
	}
	strbuf_append(out, "${");
	if (w->param.op == PARAM_LENGTH)
		strbuf_appendc(out, '#');
	strbuf_append(out, w->param.name);
	if (w->param.colon)
		strbuf_appendc(out, ':');
	strbuf_append(out, param_op_text(w->param.op));
	if (w->param.arg)
		print_parts(pr, w->param.arg->list.head, CTX_UNQUOTED);
	if (w->param.rep) {
		strbuf_appendc(out, w->param.op == PARAM_SUBSTR ? ':' : '/');
		print_parts(pr, w->param.rep->list.head, CTX_UNQUOTED);
	}
	strbuf_appendc(out, '}');
}

static void flush_heredocs(struct printer *pr);

/* $( ): the body in a printer of its own, so that its here-document
 * bodies land before the ')'. */
static void print_cmdsub(struct printer *pr, const struct word *w)
{
	struct strbuf body = STRBUF_INIT;
	struct printer inner = PRINTER_INIT(&body, pr);
	if (w->cmdsub.body)
		print_node(&inner, w->cmdsub.body);
	flush_heredocs(&inner);
	printer_free(&inner);
	strbuf_append(pr->out, "$(");
	/* "$((" would read as arithmetic. */
	if (body.len && body.data[0] == '(')
		strbuf_appendc(pr->out, ' ');
	strbuf_append(pr->out, strbuf_str(&body));
	strbuf_appendc(pr->out, ')');
	strbuf_free(&body);
}

static void print_word(struct printer *pr, const struct word *w,
	enum print_ctx ctx)
{
	switch (w->type) {
	case WORD_STRING:
		print_string(pr, w->string.str, w->string.quoted, ctx);
		break;
	case WORD_PARAM:
		print_param(pr, w);
		break;
	case WORD_CMDSUB:
		print_cmdsub(pr, w);
		break;
	case WORD_ARITH:
		strbuf_append(pr->out, "$((");
		if (w->arith.expr)
			print_parts(pr, w->arith.expr->list.head, CTX_RAW);
		strbuf_append(pr->out, "))");
		break;
	case WORD_LIST:
		if (w->list.double_quoted) {
			strbuf_appendc(pr->out, '"');
			print_parts(pr, w->list.head, CTX_DQUOTE);
			strbuf_appendc(pr->out, '"');
		} else {
			print_parts(pr, w->list.head, ctx);
		}
		break;
	}
}

static void flush_heredocs(struct printer *pr)
{
	for (size_t i = 0; i < pr->heredocs.len; i++) {
		const struct redir *r = pr->heredocs.items[i];
		strbuf_appendc(pr->out, '\n');
		size_t start = pr->out->len;
		const struct word *body = r->target;
		if (r->here_quoted) {
			for (const struct word *p = body->list.head; p; p = p->next)
				if (p->type == WORD_STRING)
					strbuf_append(pr->out, p->string.str);
		} else {
			pr->body_delim = pr->delims.items[i];
			print_parts(pr, body->list.head, CTX_RAW);
		}
		pr->body_delim = NULL;
		if (pr->out->len > start && pr->out->data[pr->out->len - 1] != '\n')
			strbuf_appendc(pr->out, '\n');
		strbuf_append(pr->out, pr->delims.items[i]);
		free(pr->delims.items[i]);
	}
	if (pr->heredocs.len)
		strbuf_appendc(pr->out, '\n');
	pr->heredocs.len = 0;
	pr->delims.len = 0;
}

/* True if a line of the here-document body starts with a tab: one that
 * <<- kept (it followed a backslash-newline) and would strip if the body
 * were printed after <<- again. */
static bool body_has_line_tab(const struct word *body)
{
	bool line_start = true;
	for (const struct word *p = body->list.head; p; p = p->next) {
		if (p->type != WORD_STRING) {
			line_start = false;
			continue;
		}
		for (const char *c = p->string.str; *c; c++) {
			if (line_start && *c == '\t')
				return true;
			line_start = *c == '\n';
		}
	}
	return false;
}

static void print_redir(struct printer *pr, const struct redir *r)
{
	static const char *const ops[] = {
		[REDIR_IN] = "<", [REDIR_OUT] = ">", [REDIR_CLOBBER] = ">|",
		[REDIR_APPEND] = ">>", [REDIR_RDWR] = "<>",
		[REDIR_DUPIN] = "<&", [REDIR_DUPOUT] = ">&",
		[REDIR_HEREDOC] = "<<", [REDIR_HEREDOC_STRIP] = "<<-",
		[REDIR_HERESTRING] = "<<<",
	};
	if (r->fd >= 0)
		strbuf_appendf(pr->out, "%d", r->fd);
	if (r->op == REDIR_HEREDOC || r->op == REDIR_HEREDOC_STRIP) {
		/* A delimiter that a body around this one would end at gets
		 * a prefix, which changes neither its quoting nor the body;
		 * the bodies never print the delimiter line they ended at. */
		struct strbuf raw = STRBUF_INIT;
		strbuf_append(&raw, r->here_end);
		char *delim = lex_unquote_delim(raw.data);
		while (delim_taken(pr, delim)) {
			char *prefixed = xasprintf("_%s", raw.data);
			strbuf_reset(&raw);
			strbuf_append(&raw, prefixed);
			free(prefixed);
			free(delim);
			delim = lex_unquote_delim(raw.data);
		}
		/* The body of <<- is kept stripped, so it reads back the same
		 * after <<; that is how it prints when a tab that is left
		 * would be stripped again, and when the delimiter starts with
		 * a tab (its line could never end the body after <<-). */
		bool strip = r->op == REDIR_HEREDOC_STRIP && delim[0] != '\t'
			&& !body_has_line_tab(r->target);
		strbuf_append(pr->out, strip ? "<<-" : "<<");
		/* "<< -E" is not "<<-E". */
		if (raw.data[0] == '-')
			strbuf_appendc(pr->out, ' ');
		strbuf_append(pr->out, raw.data);
		/* A backslash that ended the input is left unpaired at the
		 * end of the delimiter: before the newline that follows it
		 * here it would join lines.  Pair it (the delimiter and its
		 * quoting stay the same).  Quotes cannot hide part of such a
		 * run: a quoted string ends in its closing quote. */
		size_t len = strlen(r->here_end), n = 0;
		while (n < len && r->here_end[len - 1 - n] == '\\')
			n++;
		if (n % 2 == 1)
			strbuf_appendc(pr->out, '\\');
		strbuf_free(&raw);
		vec_push(&pr->heredocs, (void *)r);
		vec_push(&pr->delims, delim);
	} else {
		strbuf_append(pr->out, ops[r->op]);
		print_word(pr, r->target, CTX_UNQUOTED);
	}
}

static void print_redirs(struct printer *pr, const struct redir *r)
{
	for (; r; r = r->next) {
		strbuf_appendc(pr->out, ' ');
		print_redir(pr, r);
	}
}

static bool ends_async(const struct node *n)
{
	return n->type == NODE_LIST && n->list.items[n->list.nitems - 1].async;
}

/* A compound_list followed by what ends it: "; ", or " " after '&'. */
static void print_body(struct printer *pr, const struct node *n)
{
	print_node(pr, n);
	strbuf_append(pr->out, ends_async(n) ? " " : "; ");
}

/* True if w, printed in command position, would read as a reserved
 * word. */
static bool is_reserved_word(const struct word *w)
{
	static const char *const reserved[] = {
		"!", "{", "}", "[[", "case", "do", "done", "elif", "else",
		"esac", "fi", "for", "if", "in", "then", "until", "while",
	};
	const struct word *p = w->list.head;
	if (!p || p->next || p->type != WORD_STRING || p->string.quoted)
		return false;
	for (size_t i = 0; i < sizeof(reserved) / sizeof(*reserved); i++)
		if (strcmp(p->string.str, reserved[i]) == 0)
			return true;
	return false;
}

static void print_simple(struct printer *pr, const struct node *n)
{
	bool first = true;
	/* ">x fi" runs a command named fi; printed as "fi >x" it would be
	 * a syntax error, so such a command keeps its redirections first. */
	bool redirs_first = n->simple.nassigns == 0 && n->simple.nargs > 0 &&
		is_reserved_word(n->simple.args[0]);
	for (const struct redir *r = n->redirs; r && redirs_first; r = r->next) {
		if (!first)
			strbuf_appendc(pr->out, ' ');
		first = false;
		print_redir(pr, r);
	}
	for (size_t i = 0; i < n->simple.nassigns; i++) {
		if (!first)
			strbuf_appendc(pr->out, ' ');
		first = false;
		strbuf_append(pr->out, n->simple.assigns[i].name);
		strbuf_appendc(pr->out, '=');
		print_word(pr, n->simple.assigns[i].value, CTX_UNQUOTED);
	}
	for (size_t i = 0; i < n->simple.nargs; i++) {
		if (!first)
			strbuf_appendc(pr->out, ' ');
		first = false;
		print_word(pr, n->simple.args[i], CTX_UNQUOTED);
	}
	for (const struct redir *r = n->redirs; r && !redirs_first; r = r->next) {
		if (!first)
			strbuf_appendc(pr->out, ' ');
		first = false;
		print_redir(pr, r);
	}
}

static void print_if(struct printer *pr, const struct node *n)
{
	strbuf_append(pr->out, n->if_.is_elif ? "elif " : "if ");
	print_body(pr, n->if_.cond);
	strbuf_append(pr->out, "then ");
	print_body(pr, n->if_.then_part);
	const struct node *e = n->if_.else_part;
	if (e && e->type == NODE_IF && e->if_.is_elif) {
		print_if(pr, e);
	} else if (e) {
		strbuf_append(pr->out, "else ");
		print_body(pr, e);
	}
	if (!n->if_.is_elif)
		strbuf_append(pr->out, "fi");
}

static void print_case(struct printer *pr, const struct node *n)
{
	strbuf_append(pr->out, "case ");
	print_word(pr, n->case_.subject, CTX_UNQUOTED);
	strbuf_append(pr->out, " in ");
	for (size_t i = 0; i < n->case_.nitems; i++) {
		const struct case_item *it = &n->case_.items[i];
		const struct word *p0 = it->patterns[0]->list.head;
		/* A pattern spelt esac would end the case without '('. */
		if (p0 && !p0->next && p0->type == WORD_STRING &&
		    !p0->string.quoted && strcmp(p0->string.str, "esac") == 0)
			strbuf_appendc(pr->out, '(');
		for (size_t j = 0; j < it->npatterns; j++) {
			if (j)
				strbuf_appendc(pr->out, '|');
			print_word(pr, it->patterns[j], CTX_UNQUOTED);
		}
		strbuf_append(pr->out, ") ");
		if (it->body) {
			print_node(pr, it->body);
			if (ends_async(it->body))
				strbuf_appendc(pr->out, ' ');
		}
		strbuf_append(pr->out,
			it->term == CASE_FALLTHROUGH ? ";& "
			: it->term == CASE_CONTINUE ? ";;& " : ";; ");
	}
	strbuf_append(pr->out, "esac");
}

static void print_cond_operand(struct printer *pr, const struct cond *c,
	enum cond_type parent);

static void print_cond(struct printer *pr, const struct cond *c)
{
	switch (c->type) {
	case COND_WORD:
		print_word(pr, c->a, CTX_UNQUOTED);
		break;
	case COND_UNARY:
		strbuf_append(pr->out, c->op);
		strbuf_appendc(pr->out, ' ');
		print_word(pr, c->a, CTX_UNQUOTED);
		break;
	case COND_BINARY:
		print_word(pr, c->a, CTX_UNQUOTED);
		strbuf_appendf(pr->out, " %s ", c->op);
		print_word(pr, c->b, CTX_UNQUOTED);
		break;
	case COND_NOT:
		strbuf_append(pr->out, "! ");
		print_cond_operand(pr, c->left, COND_NOT);
		break;
	case COND_AND:
	case COND_OR:
		print_cond_operand(pr, c->left, c->type);
		strbuf_append(pr->out, c->type == COND_AND ? " && " : " || ");
		print_cond_operand(pr, c->right, c->type);
		break;
	}
}

/* An operand of !, && or ||: in parentheses where it binds less tightly
 * than its parent (|| under &&, either under !), so that the text reads
 * back as the same tree. */
static void print_cond_operand(struct printer *pr, const struct cond *c,
	enum cond_type parent)
{
	bool parens = (c->type == COND_OR && parent != COND_OR) ||
		(c->type == COND_AND && parent == COND_NOT);
	if (parens)
		strbuf_append(pr->out, "( ");
	print_cond(pr, c);
	if (parens)
		strbuf_append(pr->out, " )");
}

static void print_node(struct printer *pr, const struct node *n)
{
	struct strbuf *out = pr->out;
	switch (n->type) {
	case NODE_SIMPLE:
		print_simple(pr, n);
		return;
	case NODE_PIPELINE:
		if (n->pipeline.bang)
			strbuf_append(out, "! ");
		for (size_t i = 0; i < n->pipeline.ncmds; i++) {
			if (i)
				strbuf_append(out, " | ");
			print_node(pr, n->pipeline.cmds[i]);
		}
		return;
	case NODE_AND:
	case NODE_OR:
		print_node(pr, n->binary.left);
		strbuf_append(out, n->type == NODE_AND ? " && " : " || ");
		print_node(pr, n->binary.right);
		return;
	case NODE_LIST:
		for (size_t i = 0; i < n->list.nitems; i++) {
			if (i)
				strbuf_append(out,
					n->list.items[i - 1].async ? " " : "; ");
			print_node(pr, n->list.items[i].cmd);
			if (n->list.items[i].async)
				strbuf_append(out, " &");
		}
		return;
	case NODE_SUBSHELL:
		strbuf_append(out, "( ");
		print_node(pr, n->group.body);
		strbuf_append(out, " )");
		break;
	case NODE_GROUP:
		strbuf_append(out, "{ ");
		print_body(pr, n->group.body);
		strbuf_append(out, "}");
		break;
	case NODE_IF:
		print_if(pr, n);
		break;
	case NODE_WHILE:
	case NODE_UNTIL:
		strbuf_append(out, n->type == NODE_WHILE ? "while " : "until ");
		print_body(pr, n->loop.cond);
		strbuf_append(out, "do ");
		print_body(pr, n->loop.body);
		strbuf_append(out, "done");
		break;
	case NODE_FOR:
		strbuf_append(out, "for ");
		strbuf_append(out, n->for_.var);
		if (n->for_.has_in) {
			strbuf_append(out, " in");
			for (size_t i = 0; i < n->for_.nwords; i++) {
				strbuf_appendc(out, ' ');
				print_word(pr, n->for_.words[i], CTX_UNQUOTED);
			}
		}
		strbuf_append(out, "; do ");
		print_body(pr, n->for_.body);
		strbuf_append(out, "done");
		break;
	case NODE_CASE:
		print_case(pr, n);
		break;
	case NODE_COND:
		strbuf_append(out, "[[ ");
		print_cond(pr, n->cond.expr);
		strbuf_append(out, " ]]");
		break;
	case NODE_ARITH: {
		const struct word *a = n->arith.word->list.head;
		strbuf_append(out, "((");
		if (a->arith.expr)
			print_parts(pr, a->arith.expr->list.head, CTX_RAW);
		strbuf_append(out, "))");
		break;
	}
	case NODE_FUNCDEF:
		strbuf_append(out, n->funcdef.name);
		strbuf_append(out, "() ");
		print_node(pr, n->funcdef.body);
		return;
	}
	print_redirs(pr, n->redirs);
}

void ast_print(struct strbuf *out, const struct node *n)
{
	struct printer pr = PRINTER_INIT(out, NULL);
	strbuf_append(out, "");
	if (n)
		print_node(&pr, n);
	flush_heredocs(&pr);
	printer_free(&pr);
}

void ast_print_word(struct strbuf *out, const struct word *w)
{
	struct printer pr = PRINTER_INIT(out, NULL);
	strbuf_append(out, "");
	print_word(&pr, w, CTX_UNQUOTED);
	printer_free(&pr);
}

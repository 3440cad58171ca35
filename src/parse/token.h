/* The tokens of XCU 2.3 as the lexer hands them to the parser.  Reserved
 * words are not tokens of their own: they are WORD tokens whose text the
 * parser compares where the grammar allows a reserved word. */
#ifndef COSH_PARSE_TOKEN_H
#define COSH_PARSE_TOKEN_H

#include <stdbool.h>

struct word;

/* Why a word is checked for alias substitution although the parser did
 * not ask (XCU 2.3.1). */
enum lex_alias_check {
	ALIAS_CHECK_NONE,
	/* It is the first word of a value substituted for a command word:
	 * still a command word, so a reserved word is no candidate. */
	ALIAS_CHECK_COMMAND,
	/* It follows a value that ends in a blank: any word is (as in dash
	 * and bash, where "alias e='echo '; e fi" substitutes an alias fi). */
	ALIAS_CHECK_ANY,
};

enum token_type {
	TOKEN_EOF,
	TOKEN_ERROR,		/* a syntax error was reported; stop */
	TOKEN_NEWLINE,
	TOKEN_WORD,
	TOKEN_IO_NUMBER,	/* the 2 of 2>x */
	TOKEN_SEMI,		/* ;  */
	TOKEN_AMP,		/* &  */
	TOKEN_PIPE,		/* |  */
	TOKEN_LPAREN,		/* (  */
	TOKEN_RPAREN,		/* )  */
	TOKEN_AND_IF,		/* && */
	TOKEN_OR_IF,		/* || */
	TOKEN_DSEMI,		/* ;; */
	TOKEN_SEMI_AND,		/* ;& */
	TOKEN_DSEMI_AND,	/* ;;& (bash) or ;| (mksh, zsh) */
	TOKEN_LESS,		/* <  */
	TOKEN_GREAT,		/* >  */
	TOKEN_DLESS,		/* << */
	TOKEN_DGREAT,		/* >> */
	TOKEN_LESSAND,		/* <& */
	TOKEN_GREATAND,		/* >& */
	TOKEN_LESSGREAT,	/* <> */
	TOKEN_DLESSDASH,	/* <<- */
	TOKEN_CLOBBER,		/* >| */
	TOKEN_TLESS,		/* <<< (here-string, as in ksh, bash, mksh) */
};

/* Words that are reserved somewhere in the grammar, recognised once per
 * token by the lexer (a switch on the length and the first byte) so that
 * the parser compares numbers, not strings.  Only an unquoted literal word
 * can be one. */
enum keyword {
	KW_NONE,
	KW_BANG,	/* ! */
	KW_LBRACE,	/* { */
	KW_RBRACE,	/* } */
	KW_CASE, KW_DO, KW_DONE, KW_ELIF, KW_ELSE, KW_ESAC, KW_FI, KW_FOR,
	KW_IF, KW_IN, KW_THEN, KW_UNTIL, KW_WHILE,
	KW_DLBRACKET,	/* [[ (bash, ksh; not reserved for aliases) */
	KW_DRBRACKET,	/* ]] */
};

struct token {
	enum token_type type;
	int lineno;		/* line of the token's first character */
	/* TOKEN_WORD: the word as a WORD_LIST, in the lexer's arena. */
	struct word *word;
	/* TOKEN_WORD made only of unquoted literal characters: that text
	 * (reserved words, names, "!"); NULL otherwise.  In the arena. */
	const char *text;
	enum keyword kw;	/* what text is, if a reserved word */
	int io_number;		/* TOKEN_IO_NUMBER */
	/* The word right after << or <<-: the delimiter as written (for
	 * printing back) and whether any part of it was quoted. */
	const char *here_end;
	bool here_quoted;
	/* An alias candidate wherever it is (see enum lex_alias_check). */
	enum lex_alias_check check_alias;
};

/* The reserved word as written ("fi"); "" for KW_NONE. */
const char *keyword_text(enum keyword kw);

/* The operator as written ("&&"), or "newline", "end of file", "word". */
const char *token_type_name(enum token_type type);

#endif

/* libFuzzer target for the parser and the AST printer.  The input is shell
 * text; when it parses, its tree is printed, the printed text parsed again
 * and printed again: the two printed forms must be equal (print . parse is
 * a fixed point, the property the parser tests check on every row).
 * Sanitizers catch the rest: overflows, leaks, undefined behaviour.
 * Build and run: see README.md in this directory. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_quiet.h"

#include "parse/ast.h"
#include "parse/parser.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A failed round trip aborts after printing the texts to stderr, which
 * is quiet while fuzzing: run the saved reproducer again with
 * FUZZ_KEEP_STDERR=1 to read them. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_quiet_stderr(*argc, *argv);
	return 0;
}

static char *print_tree(const struct program *prog)
{
	struct strbuf out = STRBUF_INIT;
	ast_print(&out, prog->root);
	return strbuf_finish(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The parser reads C strings: text ends at the first NUL anyway. */
	char *text = xstrndup((const char *)data, size);

	struct program *prog = parse_string(text, "fuzz");
	if (prog == NULL) {
		free(text);
		return 0;
	}
	char *once = print_tree(prog);
	program_unref(prog);

	struct program *again = parse_string(once, "fuzz");
	if (again == NULL) {
		fprintf(stderr, "printed form does not parse\ninput:\n%s\nprinted:\n%s\n",
			text, once);
		abort();
	}
	char *twice = print_tree(again);
	program_unref(again);
	if (strcmp(once, twice) != 0) {
		fprintf(stderr, "print . parse is not a fixed point\ninput:\n%s\n"
			"printed:\n%s\nprinted again:\n%s\n", text, once, twice);
		abort();
	}
	free(twice);
	free(once);
	free(text);
	return 0;
}

/* libFuzzer target for arithmetic evaluation (arith_eval) on a shell that
 * has only a variable table, as in tests/unit/test_arith.c.  Variables the
 * expression assigns stay set across inputs, which lets later inputs read
 * odd values; the table is rebuilt now and then so it cannot grow without
 * bound.  Build and run: see README.md in this directory. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_quiet.h"

#include "expand/arith.h"
#include "shell.h"
#include "util/xalloc.h"
#include "var/var.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct shell sh;
static unsigned long runs;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_quiet_stderr(*argc, *argv);
	memset(&sh, 0, sizeof sh);
	sh.vars = vars_create();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* An exact-size copy, so that reading past the NUL is caught. */
	char *expr = xstrndup((const char *)data, size);
	/* A few variables with values that are numbers, or are not. */
	var_set(sh.vars, "x", "7", 0);
	var_set(sh.vars, "n", "-0x10", 0);
	var_set(sh.vars, "bad", "1+1", 0);
	long v;
	(void)arith_eval(&sh, expr, &v);
	free(expr);
	if (++runs % 4096 == 0) {
		vars_destroy(sh.vars);
		sh.vars = vars_create();
	}
	return 0;
}

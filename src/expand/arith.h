/* Arithmetic expansion: the C-like language of XCU 2.6.4 on signed long,
 * with variables read and assigned through the shell's variable table. */
#ifndef COSH_EXPAND_ARITH_H
#define COSH_EXPAND_ARITH_H

#include <stdbool.h>

struct shell;

/* Evaluates expr (already parameter-expanded).  On error prints
 * "cosh: arithmetic: WHAT" style message naming the expression and
 * returns false. Division by zero is an error. An empty expression is 0. */
bool arith_eval(struct shell *sh, const char *expr, long *result);

#endif

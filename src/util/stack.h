/* A guard against running out of C stack in the recursive parts of the
 * shell (the parser's nested constructs, the executor's nested calls), so
 * that "f() { f; }; f" or a file of 100000 '(' gives an error instead of a
 * SIGSEGV. */
#ifndef COSH_UTIL_STACK_H
#define COSH_UTIL_STACK_H

#include <stdbool.h>

/* True once three quarters of the stack limit (RLIMIT_STACK, at most
 * 256 MiB counted) are in use below the frame of the first call.  The
 * rest is headroom for the work a level does.  Call at the top of a
 * recursive function. */
bool stack_exhausted(void);

#endif

#include "util/stack.h"

#include <stddef.h>
#include <stdint.h>
#include <sys/resource.h>

/* The base is the frame of the first call, close enough to the real
 * bottom.  The frame address, not a local's, because AddressSanitizer may
 * move locals off the stack.  __builtin_frame_address is a GCC/Clang
 * builtin; both are what configure finds here. */
bool stack_exhausted(void)
{
	static uintptr_t base;
	static size_t usable;
	uintptr_t here = (uintptr_t)__builtin_frame_address(0);

	if (base == 0) {
		struct rlimit rl;
		size_t limit = (size_t)8 << 20;

		if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
			limit = (size_t)rl.rlim_cur;
		if (limit > (size_t)256 << 20)
			limit = (size_t)256 << 20;
		base = here;
		usable = limit / 4 * 3;
	}
	/* The stack grows down on every platform we build on; take the
	 * distance either way all the same. */
	return (here < base ? base - here : here - base) > usable;
}

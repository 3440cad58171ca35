/* The user and group databases: see users.h. */
#include "util/users.h"

#ifdef COSH_STATIC_LIBC
#include <nss.h>
#include <stdbool.h>

void users_prepare(void)
{
	static bool done;
	if (done)
		return;
	done = true;
	__nss_configure_lookup("passwd", "files");
	__nss_configure_lookup("group", "files");
}
#else
void users_prepare(void)
{
}
#endif

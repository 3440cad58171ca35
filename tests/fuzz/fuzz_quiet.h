/* Shared by the fuzz targets: keep the shell's error messages (expected on
 * most inputs) off the terminal. */
#ifndef COSH_FUZZ_QUIET_H
#define COSH_FUZZ_QUIET_H

#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sanitizer/common_interface_defs.h>

/* Points fd 2 at /dev/null once, at start-up.  Sanitizer reports go to a
 * copy of the old fd 2, so crashes still show.  Left alone when
 * FUZZ_KEEP_STDERR is set (to read the messages of a reproducer) or when
 * libFuzzer was given -close_fd_mask, which does the same dup2 itself and
 * also keeps libFuzzer's own progress lines. */
static void fuzz_quiet_stderr(int argc, char **argv)
{
	if (getenv("FUZZ_KEEP_STDERR") != NULL)
		return;
	for (int i = 1; i < argc; i++)
		if (strncmp(argv[i], "-close_fd_mask=", 15) == 0)
			return;
	int keep = dup(2);
	if (keep >= 0)
		__sanitizer_set_report_fd((void *)(intptr_t)keep);
	int fd = open("/dev/null", O_WRONLY);
	if (fd >= 0) {
		dup2(fd, 2);
		close(fd);
	}
}

#endif

/* The main() every Check program shares: it runs the suite that the test
 * file's make_suite() builds, in fork mode, and fails if any case failed. */
#ifndef COSH_TESTS_CHECK_MAIN_H
#define COSH_TESTS_CHECK_MAIN_H

#include <check.h>
#include <stdlib.h>

static Suite *make_suite(void);

int main(void)
{
	SRunner *sr = srunner_create(make_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif

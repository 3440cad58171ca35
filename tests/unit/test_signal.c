/* Signal-name tables: both directions, every accepted spelling. */
#include <signal.h>

#include "check_main.h"
#include "sig/signal.h"

START_TEST(names_to_numbers)
{
	ck_assert_int_eq(sig_number("INT"), SIGINT);
	ck_assert_int_eq(sig_number("SIGINT"), SIGINT);
	ck_assert_int_eq(sig_number("int"), SIGINT);
	ck_assert_int_eq(sig_number("sigint"), SIGINT);
	ck_assert_int_eq(sig_number("HUP"), SIGHUP);
	ck_assert_int_eq(sig_number("TERM"), SIGTERM);
	ck_assert_int_eq(sig_number("KILL"), SIGKILL);
	ck_assert_int_eq(sig_number("USR1"), SIGUSR1);
	ck_assert_int_eq(sig_number("CHLD"), SIGCHLD);
	ck_assert_int_eq(sig_number("TSTP"), SIGTSTP);
	ck_assert_int_eq(sig_number("WINCH"), SIGWINCH);
}
END_TEST

START_TEST(numbers_as_strings)
{
	ck_assert_int_eq(sig_number("2"), 2);
	ck_assert_int_eq(sig_number("0"), 0);
	ck_assert_int_eq(sig_number("15"), 15);
	ck_assert_int_eq(sig_number("9999"), -1);
	ck_assert_int_eq(sig_number("2x"), -1);
	ck_assert_int_eq(sig_number("-2"), -1);
}
END_TEST

START_TEST(unknown_names)
{
	ck_assert_int_eq(sig_number("FOO"), -1);
	ck_assert_int_eq(sig_number(""), -1);
	ck_assert_int_eq(sig_number("SIG"), -1);
	ck_assert_int_eq(sig_number("INTX"), -1);
}
END_TEST

START_TEST(numbers_to_names)
{
	ck_assert_str_eq(sig_name(SIGINT), "INT");
	ck_assert_str_eq(sig_name(SIGQUIT), "QUIT");
	ck_assert_str_eq(sig_name(SIGTERM), "TERM");
	ck_assert_str_eq(sig_name(SIGKILL), "KILL");
	ck_assert_str_eq(sig_name(SIGTSTP), "TSTP");
	ck_assert_ptr_null(sig_name(0));
}
END_TEST

START_TEST(round_trip_every_named_signal)
{
	for (int s = 1; s <= sig_max(); s++) {
		const char *name = sig_name(s);
		if (!name)
			continue;
		ck_assert_int_eq(sig_number(name), s);
	}
}
END_TEST

START_TEST(realtime_signals)
{
	ck_assert_int_eq(sig_number("RTMIN"), SIGRTMIN);
	ck_assert_int_eq(sig_number("RTMIN+1"), SIGRTMIN + 1);
	ck_assert_int_eq(sig_number("RTMAX"), SIGRTMAX);
	ck_assert_int_eq(sig_number("RTMAX-1"), SIGRTMAX - 1);
	ck_assert_str_eq(sig_name(SIGRTMIN + 2), "RTMIN+2");
}
END_TEST

static Suite *make_suite(void)
{
	Suite *s = suite_create("signal");
	TCase *tc = tcase_create("names");
	tcase_add_test(tc, names_to_numbers);
	tcase_add_test(tc, numbers_as_strings);
	tcase_add_test(tc, unknown_names);
	tcase_add_test(tc, numbers_to_names);
	tcase_add_test(tc, round_trip_every_named_signal);
	tcase_add_test(tc, realtime_signals);
	suite_add_tcase(s, tc);
	return s;
}

/* Job-spec resolution (%n %+ %% %- %string %?string) on a synthetic job
 * table: no process is forked; states are set by hand. */
#include <signal.h>
#include <sys/wait.h>

#include "check_main.h"
#include "job/job.h"
#include "shell.h"

static struct shell sh;

static struct job *add(const char *text, pid_t pid, enum proc_state st)
{
	struct job *j = job_create(&sh, text, false);
	job_add_process(j, pid);
	j->procs[0].state = st;
	if (st == PROC_STOPPED)
		j->procs[0].wstatus = 0x7f | (SIGTSTP << 8);
	return j;
}

static void setup(void)
{
	sh = (struct shell){ 0 };
	sh.jobs = jobs_create();
}

static void teardown(void)
{
	jobs_destroy(sh.jobs);
}

static struct job *find(const char *spec, const char **err)
{
	return job_find_spec(&sh, spec, err);
}

START_TEST(numbers_are_assigned_in_order)
{
	struct job *a = add("sleep 10", 100, PROC_RUNNING);
	struct job *b = add("vi notes", 200, PROC_RUNNING);
	ck_assert_int_eq(a->id, 1);
	ck_assert_int_eq(b->id, 2);
	const char *err;
	ck_assert_ptr_eq(find("%1", &err), a);
	ck_assert_ptr_eq(find("%2", &err), b);
	ck_assert_ptr_null(find("%3", &err));
	ck_assert_str_eq(err, "no such job");
}
END_TEST

START_TEST(current_is_most_recent)
{
	add("sleep 10", 100, PROC_RUNNING);
	struct job *b = add("sleep 20", 200, PROC_RUNNING);
	const char *err;
	ck_assert_ptr_eq(find("%+", &err), b);
	ck_assert_ptr_eq(find("%%", &err), b);
	ck_assert_ptr_eq(find("%", &err), b);
}
END_TEST

START_TEST(previous_is_second_most_recent)
{
	struct job *a = add("sleep 10", 100, PROC_RUNNING);
	add("sleep 20", 200, PROC_RUNNING);
	const char *err;
	ck_assert_ptr_eq(find("%-", &err), a);
}
END_TEST

START_TEST(stopped_job_is_preferred_as_current)
{
	struct job *a = add("vi notes", 100, PROC_STOPPED);
	struct job *b = add("sleep 20", 200, PROC_RUNNING);
	const char *err;
	ck_assert_ptr_eq(find("%+", &err), a);
	ck_assert_ptr_eq(find("%-", &err), b);
}
END_TEST

START_TEST(prefix_match)
{
	struct job *a = add("vi notes", 100, PROC_RUNNING);
	add("sleep 20", 200, PROC_RUNNING);
	const char *err;
	ck_assert_ptr_eq(find("%vi", &err), a);
	ck_assert_ptr_null(find("%emacs", &err));
	ck_assert_str_eq(err, "no such job");
}
END_TEST

START_TEST(prefix_ambiguous)
{
	add("sleep 10", 100, PROC_RUNNING);
	add("sleep 20", 200, PROC_RUNNING);
	const char *err;
	ck_assert_ptr_null(find("%sl", &err));
	ck_assert_str_eq(err, "ambiguous job spec");
}
END_TEST

START_TEST(substring_match)
{
	add("sleep 10", 100, PROC_RUNNING);
	struct job *b = add("sleep 20", 200, PROC_RUNNING);
	const char *err;
	ck_assert_ptr_eq(find("%?20", &err), b);
	ck_assert_ptr_null(find("%?ee", &err));
	ck_assert_str_eq(err, "ambiguous job spec");
}
END_TEST

START_TEST(hidden_jobs_are_invisible)
{
	struct job *h = job_create(&sh, "cmdsub", true);
	job_add_process(h, 300);
	ck_assert_int_eq(h->id, 0);
	const char *err;
	ck_assert_ptr_null(find("%cmdsub", &err));
	ck_assert_ptr_null(find("%+", &err));
	struct job *a = add("sleep 1", 100, PROC_RUNNING);
	ck_assert_int_eq(a->id, 1);
}
END_TEST

START_TEST(not_a_spec)
{
	const char *err;
	ck_assert_ptr_null(find("1", &err));
	ck_assert_ptr_nonnull(err);
	ck_assert_ptr_null(find("%1x", &err));
}
END_TEST

START_TEST(empty_table)
{
	const char *err;
	ck_assert_ptr_null(find("%+", &err));
	ck_assert_ptr_null(find("%-", &err));
	ck_assert_ptr_null(job_current(&sh));
}
END_TEST

START_TEST(numbers_reused_after_removal)
{
	struct job *a = add("a", 100, PROC_RUNNING);
	struct job *b = add("b", 200, PROC_RUNNING);
	job_remove(&sh, b);
	struct job *c = add("c", 300, PROC_RUNNING);
	ck_assert_int_eq(c->id, 2);
	job_remove(&sh, a);
	const char *err;
	ck_assert_ptr_null(find("%1", &err));
	ck_assert_ptr_eq(find("%2", &err), c);
}
END_TEST

START_TEST(find_by_pid)
{
	struct job *a = add("a", 100, PROC_RUNNING);
	job_add_process(a, 101);
	ck_assert_ptr_eq(job_find_pid(&sh, 101), a);
	ck_assert_ptr_null(job_find_pid(&sh, 102));
}
END_TEST

START_TEST(state_of_pipeline)
{
	struct job *a = add("a | b", 100, PROC_DONE);
	job_add_process(a, 101);
	ck_assert_int_eq(job_state(a), JOB_RUNNING);
	a->procs[1].state = PROC_STOPPED;
	a->procs[1].wstatus = 0x7f | (SIGTSTP << 8);
	ck_assert_int_eq(job_state(a), JOB_STOPPED);
	ck_assert_int_eq(job_status(&sh, a), 128 + SIGTSTP);
	a->procs[1].state = PROC_DONE;
	a->procs[1].wstatus = SIGINT;	/* killed by SIGINT */
	ck_assert_int_eq(job_state(a), JOB_DONE);
	ck_assert_int_eq(job_status(&sh, a), 128 + SIGINT);
	ck_assert_int_eq(job_term_signal(a), SIGINT);
}
END_TEST

static Suite *make_suite(void)
{
	Suite *s = suite_create("jobspec");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, numbers_are_assigned_in_order);
	tcase_add_test(tc, current_is_most_recent);
	tcase_add_test(tc, previous_is_second_most_recent);
	tcase_add_test(tc, stopped_job_is_preferred_as_current);
	tcase_add_test(tc, prefix_match);
	tcase_add_test(tc, prefix_ambiguous);
	tcase_add_test(tc, substring_match);
	tcase_add_test(tc, hidden_jobs_are_invisible);
	tcase_add_test(tc, not_a_spec);
	tcase_add_test(tc, empty_table);
	tcase_add_test(tc, numbers_reused_after_removal);
	tcase_add_test(tc, find_by_pid);
	tcase_add_test(tc, state_of_pipeline);
	suite_add_tcase(s, tc);
	return s;
}

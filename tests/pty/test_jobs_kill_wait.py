#!/usr/bin/python3
"""A stopped pipeline is one job: stopped, resumed and killed together.
kill %1 ends a running and a stopped job; wait with a stopped job returns
instead of hanging; 'kill $!' right after '&' is not lost."""

import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import check, find_proc, find_procs, main, pgrp, state, stop_sleep, wait_for  # noqa: E402


def stopped_pipeline(sh):
    sh.sendline("sleep 35 | sleep 36")
    a = find_proc(sh.pid, "sleep", "35")
    b = find_proc(sh.pid, "sleep", "36")
    check(pgrp(a) == pgrp(b) != sh.shell_pgid(), "one process group for the pipeline")
    wait_for(lambda: sh.tpgid() == pgrp(a), what="the pipeline to get the terminal")
    sh.send("\x1a")
    sh.expect_prompt()
    wait_for(lambda: state(a) == "T" and state(b) == "T", what="both to stop")
    sh.check_shell_has_terminal("after ^Z")
    sh.sendline("fg")
    wait_for(lambda: state(a) in ("S", "R") and state(b) in ("S", "R"),
             what="both to run after fg")
    wait_for(lambda: sh.tpgid() == pgrp(a), what="fg to give the terminal")
    sh.send("\x03")
    sh.expect_prompt()
    wait_for(lambda: state(a) is None and state(b) is None, what="^C to end both")
    sh.check_shell_has_terminal("after ^C")


def kill_running_job(sh):
    sh.run("sleep 37 &")
    p = find_proc(sh.pid, "sleep", "37")
    sh.run("kill %1")
    wait_for(lambda: state(p) is None, what="kill %1 to end the job")
    sh.run("")
    sh.run("jobs")
    out = sh.run("jobs")
    check("sleep 37" not in out, "the killed job left the table: %r" % out)


def kill_stopped_job(sh):
    p = stop_sleep(sh, "38")
    sh.run("kill %1")
    wait_for(lambda: state(p) is None, what="kill %1 to end the stopped job")
    sh.run("")
    sh.run("jobs")
    out = sh.run("jobs")
    check("sleep 38" not in out, "the killed job left the table: %r" % out)


def wait_with_stopped_job(sh):
    p = stop_sleep(sh, "39")
    # Neither form may hang on a job that cannot end by itself.
    sh.run("wait", timeout=3)
    sh.run("wait %1", timeout=3)
    check(state(p) == "T", "the job is still there, stopped")
    sh.check_shell_has_terminal("after wait")


def kill_bang_after_async(sh):
    # The child may still have the shell's dispositions when the signal
    # comes; it must act once the child has reset them, not be lost.
    for i in range(5):
        out = sh.run("sleep 40 & kill $!; wait $!; echo \"st=$?\"")
        check("st=%d" % (128 + signal.SIGTERM) in out,
              "try %d: wait $! gives 143: %r" % (i + 1, out))
    check(not find_procs(sh.pid, "sleep", "40"), "no sleep survived")


def bg_job_status_reported_once(sh):
    # A job that cannot end before the test has seen it (a short sleep
    # could, on a loaded machine): it ends when the test kills it.
    sh.run("sleep 74 &")
    p = find_proc(sh.pid, "sleep", "74")
    os.kill(p, signal.SIGTERM)
    wait_for(lambda: state(p) is None, what="the background job to end")
    first = sh.run("")
    second = sh.run("")
    check("sleep 74" in first, "the end of the job is reported before the next prompt: %r" % first)
    check("sleep 74" not in second, "and only once: %r" % second)


main([stopped_pipeline, kill_running_job, kill_stopped_job, wait_with_stopped_job,
      kill_bang_after_async, bg_job_status_reported_once])

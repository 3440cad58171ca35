#!/usr/bin/python3
"""A background job that reads the terminal stops (SIGTTIN), one that
writes stops under 'stty tostop' (SIGTTOU); leaving with stopped jobs warns
once and leaves on the second try, and the jobs end; SIGHUP to the shell
reaches its jobs, also while one runs in front."""

import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import check, find_proc, main, state, stop_sleep, wait_for  # noqa: E402

import pexpect  # noqa: E402


def bg_reader_stops(sh):
    sh.run("cat &")
    p = find_proc(sh.pid, "cat")
    wait_for(lambda: state(p) == "T", what="the background cat to stop")
    sh.check_shell_has_terminal("after cat stopped")
    out = sh.run("")
    out += sh.run("jobs")
    check("cat" in out, "the stopped reader is reported: %r" % out)
    sh.run("kill %1")
    wait_for(lambda: state(p) is None, what="kill %1 to end the stopped cat")


def bg_writer_stops_with_tostop(sh):
    sh.run("stty tostop")
    sh.run("sh -c 'sleep 0.2; echo written' &")
    p = find_proc(sh.pid, "sh")
    wait_for(lambda: state(p) == "T", what="the background writer to stop")
    sh.check_shell_has_terminal("after the writer stopped")
    sh.run("stty -tostop")
    sh.run("kill %1")
    wait_for(lambda: state(p) is None, what="kill %1 to end it")


def exit_warns_once(sh):
    p = stop_sleep(sh, "45")
    sh.run("exit")
    check(sh.child.isalive(), "the first exit with a stopped job does not leave")
    sh.sendline("exit")
    sh.child.expect(pexpect.EOF)
    wait_for(lambda: not sh.child.isalive(), what="the second exit to leave")
    wait_for(lambda: state(p) is None, what="the stopped job to end with the shell")


def eof_warns_once(sh):
    p = stop_sleep(sh, "47")
    sh.send("\x04")
    sh.expect_prompt()
    check(sh.child.isalive(), "the first ^D with a stopped job does not leave")
    sh.send("\x04")
    sh.child.expect(pexpect.EOF)
    wait_for(lambda: not sh.child.isalive(), what="the second ^D to leave")
    wait_for(lambda: state(p) is None, what="the stopped job to end with the shell")


def sighup_reaches_jobs(sh):
    sh.run("sleep 46 &")
    p = find_proc(sh.pid, "sleep", "46")
    os.kill(sh.pid, signal.SIGHUP)
    wait_for(lambda: not sh.child.isalive(), what="the shell to leave on SIGHUP")
    wait_for(lambda: state(p) is None, what="the background job to get SIGHUP")


def sighup_during_foreground_job(sh):
    sh.sendline("sleep 49 & sleep 50")
    bg = find_proc(sh.pid, "sleep", "49")
    fg = find_proc(sh.pid, "sleep", "50")
    wait_for(lambda: sh.tpgid() == os.getpgid(fg), what="the job to get the terminal")
    os.kill(sh.pid, signal.SIGHUP)
    wait_for(lambda: not sh.child.isalive(), what="the shell to leave on SIGHUP")
    wait_for(lambda: state(fg) is None, what="the foreground job to get SIGHUP")
    wait_for(lambda: state(bg) is None, what="the background job to get SIGHUP")


def stopped_job_gets_sighup(sh):
    p = stop_sleep(sh, "48")
    os.kill(sh.pid, signal.SIGHUP)
    wait_for(lambda: not sh.child.isalive(), what="the shell to leave on SIGHUP")
    wait_for(lambda: state(p) is None, what="the stopped job to get SIGHUP and SIGCONT")


main([bg_reader_stops, bg_writer_stops_with_tostop, exit_warns_once, eof_warns_once,
      sighup_reaches_jobs, sighup_during_foreground_job, stopped_job_gets_sighup])

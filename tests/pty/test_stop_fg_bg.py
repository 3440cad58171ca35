#!/usr/bin/python3
"""Ctrl-Z stops the foreground job, fg resumes it in front, bg behind;
the terminal's foreground group follows at every step; $? after Ctrl-Z is
128+SIGTSTP; jobs lists the states."""

import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import check, find_proc, main, state, pgrp, stop_sleep, wait_for  # noqa: E402


def ctrl_z_fg_bg(sh):
    sh.check_shell_has_terminal("at start")
    check(sh.shell_pgid() == sh.pid, "the shell leads its own process group")
    sh.sendline("sleep 31")
    p = find_proc(sh.pid, "sleep", "31")
    wait_for(lambda: sh.tpgid() == pgrp(p), what="the job to get the terminal")
    check(pgrp(p) == p and pgrp(p) != sh.shell_pgid(), "the job has a group of its own")
    sh.send("\x1a")
    sh.expect_prompt()
    wait_for(lambda: state(p) == "T", what="sleep to be stopped")
    sh.check_shell_has_terminal("after ^Z")

    out = sh.run("jobs")
    check("sleep 31" in out, "jobs lists the stopped job: %r" % out)
    out = sh.run("jobs -p")
    check(str(pgrp(p)) in out.split(), "jobs -p gives the job's group: %r" % out)
    out = sh.run("jobs -l")
    check(str(p) in out, "jobs -l gives the job's pid: %r" % out)

    sh.sendline("fg")
    wait_for(lambda: state(p) in ("S", "R"), what="sleep to run again after fg")
    wait_for(lambda: sh.tpgid() == pgrp(p), what="fg to give the job the terminal")
    sh.send("\x1a")
    sh.expect_prompt()
    wait_for(lambda: state(p) == "T", what="sleep to stop again")
    sh.check_shell_has_terminal("after the second ^Z")

    sh.run("bg")
    wait_for(lambda: state(p) in ("S", "R"), what="sleep to run after bg")
    sh.check_shell_has_terminal("after bg")
    out = sh.run("jobs")
    check("sleep 31" in out, "jobs lists the running job: %r" % out)
    # It is running in the background, not stopped: %1 can be waited for
    # once killed.
    sh.run("kill %1")
    wait_for(lambda: state(p) is None, what="kill %1 to end the running job")
    sh.run("")
    sh.check_shell_has_terminal("at the end")


def status_after_ctrl_z(sh):
    stop_sleep(sh, "34")
    check(sh.status() == 128 + signal.SIGTSTP, "$? after ^Z is 128+SIGTSTP")


def ten_quick_fg(sh):
    # A race between the hand-over of the terminal and a job that ends at
    # once would leave the terminal with a dead group or hang fg.
    for i in range(10):
        sh.run("sleep 0.2 & fg", timeout=5)
        sh.check_shell_has_terminal("after fg #%d" % (i + 1))
    check(sh.status() == 0, "the last fg gives sleep's status 0")


def fg_status(sh):
    sh.sendline("sh -c 'sleep 30; exit 3'")
    p = find_proc(sh.pid, "sleep", "30")
    sh.send("\x1a")
    sh.expect_prompt()
    wait_for(lambda: state(p) == "T", what="the job to stop")
    sh.sendline("fg")
    wait_for(lambda: state(p) in ("S", "R"), what="the job to run after fg")
    os.kill(p, signal.SIGKILL)
    sh.expect_prompt()
    check(sh.status() == 3, "fg gives the job's exit status")
    sh.check_shell_has_terminal("after the job ended")


main([ctrl_z_fg_bg, status_after_ctrl_z, ten_quick_fg, fg_status])

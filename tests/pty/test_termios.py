#!/usr/bin/python3
"""Terminal modes: after a job that set raw mode is stopped or killed, the
prompt and the next command see sane modes; a stopped job gets its own
modes back on fg; a user's stty setting that is not an editing mode
lasts."""

import os
import re
import signal
import sys
import termios

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import check, find_proc, main, pgrp, state, wait_for  # noqa: E402

SANE = ("icanon", "echo", "isig", "opost", "icrnl")


def stty_flags(sh):
    out = sh.run("stty -a")
    return set(re.split(r"[\s;]+", out))


def check_sane(sh, what):
    flags = stty_flags(sh)
    for f in SANE:
        check(f in flags and "-" + f not in flags,
              "%s: %s is off at the prompt" % (what, f))


def raw_list_stopped_then_killed(sh):
    check_sane(sh, "at start")
    sh.sendline("stty raw -echo; sleep 42")
    p = find_proc(sh.pid, "sleep", "42")
    wait_for(lambda: sh.tpgid() == pgrp(p), what="the job to get the terminal")
    # Raw mode may have turned ^Z off: stop it the way ^Z would.
    os.killpg(pgrp(p), signal.SIGTSTP)
    sh.expect_prompt()
    wait_for(lambda: state(p) == "T", what="the job to stop")
    sh.check_shell_has_terminal("after the stop")
    check_sane(sh, "after the raw job stopped")
    sh.run("kill %1")
    wait_for(lambda: state(p) is None, what="kill %1 to end it")
    check_sane(sh, "after the raw job was killed")


def raw_job_killed_in_front(sh):
    sh.sendline("sh -c 'stty raw -echo; sleep 44'")
    p = find_proc(sh.pid, "sleep", "44")
    wait_for(lambda: not (sh.modes()[3] & termios.ICANON), what="the job to set raw mode")
    os.killpg(pgrp(p), signal.SIGKILL)
    sh.expect_prompt()
    check_sane(sh, "after the raw job was killed")


def stopped_job_modes_back_on_fg(sh):
    sh.sendline("sh -c 'stty raw -echo; sleep 43'")
    p = find_proc(sh.pid, "sleep", "43")
    wait_for(lambda: not (sh.modes()[3] & termios.ICANON), what="the job to set raw mode")
    os.killpg(pgrp(p), signal.SIGTSTP)
    sh.expect_prompt()
    wait_for(lambda: state(p) == "T", what="the job to stop")
    check_sane(sh, "after the raw job stopped")
    sh.sendline("fg")
    wait_for(lambda: state(p) in ("S", "R"), what="the job to run after fg")
    wait_for(lambda: sh.tpgid() == pgrp(p), what="fg to give the terminal")
    lflag = sh.modes()[3]
    check(not (lflag & termios.ICANON) and not (lflag & termios.ECHO),
          "fg gives the job its raw modes back")
    os.killpg(pgrp(p), signal.SIGKILL)
    sh.expect_prompt()
    check_sane(sh, "after the job was killed")


def user_stty_lasts(sh):
    sh.run("stty tostop")
    check("tostop" in stty_flags(sh), "stty tostop lasts to the next command")
    sh.run("stty -tostop")
    check("-tostop" in stty_flags(sh), "stty -tostop lasts too")


main([raw_list_stopped_then_killed, raw_job_killed_in_front,
      stopped_job_modes_back_on_fg, user_stty_lasts])

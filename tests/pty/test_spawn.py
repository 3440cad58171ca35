#!/usr/bin/python3
"""Jobs started without a copy of the shell (vfork and exec, cosh's spawn
path) behave as forked ones on a terminal: a foreground job leads a group
of its own that holds the terminal, 'cmd &' leads its own group, the stages
of a pipeline share the first stage's, and a Ctrl-C that comes while a
command is being started ends the whole command line with $? 130 and the
terminal back with the shell.  Every scenario runs twice: as cosh runs
by default, and with COSH_NOSPAWN=1, which makes it fork."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import (check, find_proc, find_procs, job_in_front, main,  # noqa: E402
                    pgrp, state, wait_for, with_shell)


def fg_job_own_group_with_terminal(sh):
    sh.sendline("/bin/sleep 31")
    p = job_in_front(sh, "sleep", "31")
    check(pgrp(p) == p, "the job leads its own group")
    check(pgrp(p) != sh.shell_pgid(), "not the shell's group")
    sh.send("\x03")
    sh.expect_prompt()
    wait_for(lambda: state(p) is None, what="the sleep to die")
    check(sh.status() == 130, "$? is 130 after ^C")
    sh.check_shell_has_terminal("after ^C")


def bg_job_own_group(sh):
    sh.run("/bin/sleep 32 &")
    p = find_proc(sh.pid, "sleep", "32")
    check(pgrp(p) == p, "the async job leads its own group")
    check(pgrp(p) != sh.shell_pgid(), "not the shell's group")
    sh.check_shell_has_terminal("after &")
    check(sh.value("$!") == str(p), "$! is the job's pid")
    sh.run("kill $!; wait $!")
    check(sh.status() == 143, "wait gives 143 after kill")


def pipeline_one_group(sh):
    sh.sendline("/bin/sleep 33 | /bin/sleep 34 | /bin/sleep 35")
    ps = [find_proc(sh.pid, "sleep", a) for a in ("33", "34", "35")]
    wait_for(lambda: sh.tpgid() == ps[0], what="the pipeline to get the terminal")
    check(all(pgrp(p) == ps[0] for p in ps),
          "the stages share the first stage's group: %r" % [pgrp(p) for p in ps])
    sh.send("\x03")
    sh.expect_prompt()
    wait_for(lambda: all(state(p) is None for p in ps), what="every stage to die")
    check(sh.status() == 130, "$? is 130 after ^C")
    sh.check_shell_has_terminal("after ^C on a pipeline")


def ctrl_c_while_spawning(sh):
    # "started" is created by the command's own redirection, in the child
    # right before its exec: the ^C sent the moment it appears lands while
    # the command is being started.  The commands never end by themselves
    # (a ^C that comes when a job has just exited goes to its empty group
    # in every shell); each round must end the whole line.
    lines = ("while :; do /bin/sleep 20 >started; done; touch after",
             "while :; do /bin/sleep 20 >started | /bin/sleep 21; done; touch after")
    started = os.path.join(sh.tmp, "started")
    for i in range(16):
        if os.path.exists(started):
            os.unlink(started)
        sh.sendline(lines[i % 2])
        wait_for(lambda: os.path.exists(started), timeout=10, what="the command to start")
        sh.send("\x03")
        sh.expect_prompt()
        check(sh.status() == 130, "round %d: $? is 130 after ^C" % i)
        sh.check_shell_has_terminal("round %d" % i)
        check(not os.path.exists(os.path.join(sh.tmp, "after")),
              "round %d: the rest of the line did not run" % i)
        wait_for(lambda: not find_procs(sh.pid, "sleep"),
                 what="round %d: nothing of the line to be left" % i)


FORK = {"extra_env": {"COSH_NOSPAWN": "1"}}


def both(fn):
    """fn as it is (spawn), and a copy run by a shell that forks."""
    def forked(sh):
        return fn(sh)
    forked.__name__ = fn.__name__ + "_fork"
    return [fn, with_shell(**FORK)(forked)]


main(both(fg_job_own_group_with_terminal) + both(bg_job_own_group)
     + both(pipeline_one_group) + both(ctrl_c_while_spawning))

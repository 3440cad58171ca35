#!/usr/bin/python3
"""Ctrl-C and Ctrl-\\ at an interactive shell end the whole command line
the user typed: a foreground job that dies of SIGINT (SIGQUIT) abandons
loops, lists, functions, `.` files and `eval`, as if the shell itself had
got the signal; `$?` is 130 (131).  A job that handles the signal and
exits ends nothing else.  Ctrl-C also interrupts `wait` and `read`, the
prompt is discarded even with an INT trap set, and the next prompt starts
on a fresh line.  Every scenario passes under bash too
(SHELL_UNDER_TEST=bash) but quit_ends_line: bash abandons the line for
SIGINT only."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import (check, find_proc, find_procs, job_in_front, main,  # noqa: E402
                    state, wait_for)


def exists(sh, name):
    return os.path.exists(os.path.join(sh.tmp, name))


def press_in_front(sh, key, argv0="sleep", arg=None):
    """Waits until a process argv0 (arg) is the terminal's foreground job,
    then types key.  Returns its pid."""
    p = job_in_front(sh, argv0, arg)
    sh.send(key)
    return p


def no_new_sleep(sh, seen, arg, settle=0.5):
    """True if no sleep ARG other than those in seen shows up for a while:
    the abandoned loop does not start its next round."""
    end = time.time() + settle
    while time.time() < end:
        if [p for p in find_procs(sh.pid, "sleep", arg) if p not in seen]:
            return False
        time.sleep(0.02)
    return True


def loop_ends(sh):
    # The first Ctrl-C ends the loop, not just the sleep.
    sh.sendline("while :; do sleep 41; echo tick; done")
    p = press_in_front(sh, "\x03", arg="41")
    sh.expect_prompt()
    wait_for(lambda: state(p) is None, what="the sleep to die")
    check(no_new_sleep(sh, {p}, "41"), "the loop went on after ^C")
    check(sh.status() == 130, "$? is 130 after ^C ended the loop")


def list_ends(sh):
    sh.sendline("sleep 42; touch after-list")
    press_in_front(sh, "\x03", arg="42")
    sh.expect_prompt()
    check(not exists(sh, "after-list"), "the rest of the list ran after ^C")
    sh.sendline("sleep 42 || touch after-or")
    press_in_front(sh, "\x03", arg="42")
    sh.expect_prompt()
    check(not exists(sh, "after-or"), "|| ran its right side after ^C")
    check(sh.status() == 130, "$? is 130")


def function_dot_eval_end(sh):
    with open(os.path.join(sh.tmp, "dotted"), "w") as f:
        f.write("sleep 43\ntouch after-dot-line\n")
    sh.run("f() { sleep 43; touch after-f-line; }")
    sh.sendline("f; touch after-f")
    press_in_front(sh, "\x03", arg="43")
    sh.expect_prompt()
    sh.sendline(". ./dotted; touch after-dot")
    press_in_front(sh, "\x03", arg="43")
    sh.expect_prompt()
    sh.sendline("eval 'sleep 43; touch after-eval-line'; touch after-eval")
    press_in_front(sh, "\x03", arg="43")
    sh.expect_prompt()
    for name in ("after-f-line", "after-f", "after-dot-line", "after-dot",
                 "after-eval-line", "after-eval"):
        check(not exists(sh, name), "%s was created after ^C" % name)
    check(sh.status() == 130, "$? is 130")


def child_dies_of_sigint(sh):
    # No key pressed: the job kills itself with SIGINT, which counts as
    # the user's interrupt all the same.
    out = sh.run("for i in 1 2 3; do sh -c 'kill -INT $$'; echo round-$i; done")
    check("round-1" not in out.replace("round-$i", ""),
          "the loop went on after its job died of SIGINT: %r" % out)
    check(sh.status() == 130, "$? is 130")


def child_handles_sigint(sh):
    # A job that handles Ctrl-C and exits normally ends nothing else.
    sh.sendline("sh -c 'trap \"exit 3\" INT; sleep 44'; echo \"st-$?-went-on\"")
    press_in_front(sh, "\x03", arg="44")
    out = sh.expect_prompt()
    check("st-3-went-on" in out, "the line did not go on: %r" % out)


def pipeline_subshell_cmdsub_end(sh):
    sh.sendline("sleep 48 | cat; touch after-pipe")
    press_in_front(sh, "\x03", arg="48")
    sh.expect_prompt()
    sh.sendline("(sleep 48; touch in-sub); touch after-sub")
    press_in_front(sh, "\x03", arg="48")
    sh.expect_prompt()
    # A command substitution runs in the shell's own group: the shell
    # gets the ^C too, and the command that would use it does not run.
    sh.sendline("echo $(sleep 49) > after-cmdsub; touch after-cmdsub-list")
    p = find_proc(sh.pid, "sleep", "49")
    wait_for(lambda: state(p) == "S", what="the substitution to run")
    sh.send("\x03")
    sh.expect_prompt()
    for name in ("after-pipe", "in-sub", "after-sub", "after-cmdsub",
                 "after-cmdsub-list"):
        check(not exists(sh, name), "%s was created after ^C" % name)


def quit_ends_line(sh):
    sh.sendline("sleep 45; touch after-quit")
    p = press_in_front(sh, "\x1c", arg="45")
    sh.expect_prompt()
    wait_for(lambda: state(p) is None, what="the sleep to die")
    check(not exists(sh, "after-quit"), "the rest of the line ran after ^\\")
    check(sh.status() == 131, "$? is 131 after ^\\")
    check(sh.child.isalive(), "the shell lives on")


def wait_interrupted(sh):
    sh.run("sleep 46 &")
    bg = find_proc(sh.pid, "sleep", "46")
    sh.sendline("wait; touch after-wait")
    wait_for(lambda: state(sh.pid) == "S", what="the shell to wait")
    time.sleep(0.1)
    sh.send("\x03")
    sh.expect_prompt()
    check(sh.status() > 128, "wait interrupted by ^C gives a status > 128")
    check(not exists(sh, "after-wait"), "the rest of the line ran")
    check(state(bg) in ("S", "R"), "the background job lives on")


def read_interrupted(sh):
    sh.sendline("read x; touch after-read")
    wait_for(lambda: state(sh.pid) == "S", what="read to wait")
    time.sleep(0.1)
    sh.send("\x03")
    before = sh.expect_prompt()
    check(sh.status() > 128, "read interrupted by ^C gives a status > 128")
    check(not exists(sh, "after-read"), "the rest of the line ran")
    # The prompt starts on a line of its own, not after the echoed ^C.
    check(before.endswith("\n"), "no fresh line before the prompt: %r" % before)


def fresh_line_after_job(sh):
    sh.sendline("sleep 47")
    press_in_front(sh, "\x03", arg="47")
    before = sh.expect_prompt()
    check(before.endswith("\n"), "no fresh line before the prompt: %r" % before)


def builtin_loop_in_function(sh):
    sh.sendline("g() { while :; do :; done; }; g; touch after-g")
    wait_for(lambda: state(sh.pid) == "R", what="the loop to run")
    sh.send("\x03")
    sh.expect_prompt()
    check(not exists(sh, "after-g"), "the rest of the line ran")
    check(sh.status() == 130, "$? is 130")


def prompt_discarded_with_trap(sh):
    sh.run("trap 'touch trap-ran' INT")
    sh.send("touch typed-line")
    sh.child.expect_exact("typed-line")
    sh.send("\x03")
    sh.expect_prompt()
    sh.sendline("")
    sh.expect_prompt()
    wait_for(lambda: exists(sh, "trap-ran"), what="the INT trap to run")
    check(not exists(sh, "typed-line"), "the typed line ran after ^C")


def ps2_abandons_command(sh):
    sh.sendline("for i in 1 2; do")
    sh.child.expect_exact("PTYMORE> ")
    sh.sendline("touch in-loop-$i")
    sh.child.expect_exact("PTYMORE> ")
    sh.send("\x03")
    sh.expect_prompt()
    sh.sendline("done")
    sh.expect_prompt()
    check(not exists(sh, "in-loop-1"), "the abandoned command ran")
    check(sh.child.isalive(), "the shell lives on")


main([loop_ends, list_ends, function_dot_eval_end, child_dies_of_sigint,
      child_handles_sigint, pipeline_subshell_cmdsub_end, quit_ends_line, wait_interrupted, read_interrupted,
      fresh_line_after_job, builtin_loop_in_function,
      prompt_discarded_with_trap, ps2_abandons_command])

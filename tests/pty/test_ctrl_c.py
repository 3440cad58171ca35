#!/usr/bin/python3
"""Ctrl-C: it reaches the foreground job only, never a background one;
at the prompt it discards the line and gives a fresh prompt with $? 130,
also inside an unfinished command (PS2)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import PS2, check, find_proc, main, pgrp, state, wait_for  # noqa: E402


def ctrl_c_foreground_only(sh):
    sh.run("sleep 32 &")
    bg = find_proc(sh.pid, "sleep", "32")
    sh.sendline("sleep 33")
    fg = find_proc(sh.pid, "sleep", "33")
    wait_for(lambda: sh.tpgid() == pgrp(fg), what="the job to get the terminal")
    sh.send("\x03")
    sh.expect_prompt()
    wait_for(lambda: state(fg) is None, what="the foreground sleep to die")
    check(sh.status() == 130, "$? is 130 after a job died of SIGINT")
    check(state(bg) in ("S", "R"), "the background job lives on")
    sh.check_shell_has_terminal("after ^C")
    check(sh.child.isalive(), "the shell lives on")


def ctrl_c_at_prompt(sh):
    sh.send("touch discarded")
    sh.child.expect_exact("discarded")
    sh.send("\x03")
    sh.expect_prompt()
    check(sh.status() == 130, "$? is 130 after ^C at the prompt")
    check(not os.path.exists(os.path.join(sh.tmp, "discarded")),
          "the discarded line did not run")
    check(sh.value("$((6*7))") == "42", "the shell goes on")


def ps2_continuation(sh):
    sh.sendline("if true")
    sh.child.expect_exact(PS2)
    sh.sendline("then echo yes-$((1+1)); fi")
    out = sh.expect_prompt()
    check("yes-2" in out, "the continued command ran: %r" % out)


def ctrl_c_at_ps2(sh):
    sh.sendline("if true; then")
    sh.child.expect_exact(PS2)
    sh.send("touch discarded; fi")
    sh.child.expect_exact("fi")
    sh.send("\x03")
    sh.expect_prompt()
    check(sh.child.isalive(), "^C at PS2 does not end the shell")
    check(sh.status() == 130, "$? is 130 after ^C at PS2")
    check(sh.value("after") == "after", "the shell reads a new command")
    check(not os.path.exists(os.path.join(sh.tmp, "discarded")),
          "the discarded command did not run")


def ctrl_c_in_builtin_loop(sh):
    # No job in front takes the ^C: the shell itself must abandon the
    # command line, also from inside a function, and not run the rest.
    sh.sendline("while :; do :; done; touch after-loop")
    wait_for(lambda: sh.tpgid() == sh.shell_pgid(), what="the loop to run")
    sh.send("\x03")
    sh.expect_prompt()
    check(sh.status() == 130, "$? is 130 after ^C in a builtin loop")
    sh.sendline("f() { while :; do :; done; }; f; touch after-f")
    sh.send("\x03")
    sh.expect_prompt()
    check(sh.status() == 130, "$? is 130 after ^C in a function's loop")
    check(not os.path.exists(os.path.join(sh.tmp, "after-loop"))
          and not os.path.exists(os.path.join(sh.tmp, "after-f")),
          "the rest of the line did not run")
    check(sh.value("$((6*7))") == "42", "the shell goes on")


main([ctrl_c_foreground_only, ctrl_c_at_prompt, ps2_continuation, ctrl_c_at_ps2,
      ctrl_c_in_builtin_loop])

#!/usr/bin/python3
"""The prompt's rough edges: a refused Ctrl-D (stopped jobs, ignoreeof,
PS2) leaves no blank line before later output; Ctrl-D at PS2 says why the
command went; a window resized while a job had the terminal is seen at the
next prompt (LINES and COLUMNS follow it).  TERM=xterm, so that readline's
bracketed-paste mode is on, as in a real terminal.  Each scenario passes
under bash too (SHELL_UNDER_TEST=bash) but eof_at_ps2_says_why: bash says
why and then leaves, taking the ^D for the end of the session; cosh drops
the command and stays, as it does for ^C."""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import (check, job_in_front, main, stop_sleep, with_shell)  # noqa: E402

ESC = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def lines_of(text):
    """The lines a user sees: escape sequences and carriage returns out."""
    return ESC.sub("", text).replace("\r", "").split("\n")


def no_blank_line_before_output(sh, what):
    sh.sendline("echo mark''er")
    sh.child.expect_exact("marker\r\n")
    seen = lines_of(sh.child.before)
    # The echoed command line, then the output at once: nothing between.
    check(seen[-1] == "", "%s: output not at the start of a line: %r" % (what, seen))
    check(len(seen) >= 2 and "echo mark" in seen[-2],
          "%s: a blank line before the output: %r" % (what, seen))
    sh.expect_prompt()


@with_shell(term="xterm")
def refused_eof_stopped_jobs(sh):
    no_blank_line_before_output(sh, "before ^D")
    stop_sleep(sh, "71")
    sh.send("\x04")
    sh.expect_prompt()
    check(sh.child.isalive(), "^D with a stopped job left at once")
    no_blank_line_before_output(sh, "after a refused ^D")
    no_blank_line_before_output(sh, "two commands after a refused ^D")
    sh.run("kill -9 %1")


@with_shell(term="xterm")
def refused_eof_ignoreeof(sh):
    sh.run("set -o ignoreeof")
    sh.send("\x04")
    sh.expect_prompt()
    check(sh.child.isalive(), "^D with ignoreeof left")
    no_blank_line_before_output(sh, "after ^D under ignoreeof")


@with_shell(term="xterm")
def eof_at_ps2_says_why(sh):
    sh.sendline("if true; then")
    sh.child.expect_exact("PTYMORE> ")
    sh.sendline("touch dropped")
    sh.child.expect_exact("PTYMORE> ")
    sh.send("\x04")
    said = sh.expect_prompt()
    check(re.search(r"[a-z]{4}", ESC.sub("", said)),
          "^D at PS2 dropped the command without a word: %r" % said)
    check(sh.child.isalive(), "^D at PS2 ended the shell")
    check(sh.status() == 2, "$? is not 2 after ^D at PS2")
    check(not os.path.exists(os.path.join(sh.tmp, "dropped")),
          "the unfinished command ran")
    no_blank_line_before_output(sh, "after ^D at PS2")


def resize_during_job(sh):
    sh.sendline("sleep 72")
    job_in_front(sh, "sleep", "72")
    # SIGWINCH goes to the job's group, not to the shell.
    sh.child.setwinsize(31, 97)
    sh.send("\x03")
    sh.expect_prompt()
    check(sh.value("$COLUMNS x $LINES") == "97 x 31",
          "the new size was not seen at the prompt")


main([refused_eof_stopped_jobs, refused_eof_ignoreeof, eof_at_ps2_says_why,
      resize_during_job])

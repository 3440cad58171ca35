#!/usr/bin/python3
"""$( ) on a terminal: its fd 1 is never the terminal, whether the shell
forks it (at the prompt) or runs it without a fork (a script whose stdout
is the terminal); a Ctrl-C in a builtin loop inside one at the prompt
gives the prompt back."""

import os
import shlex
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import check, main, shell_argv  # noqa: E402


def fd1_of_substitution_is_not_the_terminal(sh):
    out = sh.run("test -t 1 && echo di''rect-tty; "
                 "x=$(test -t 1 && echo tty || echo notty); echo pr''ompt=\"$x\"")
    check("direct-tty" in out, "the prompt's stdout is the terminal: %r" % out)
    check("prompt=notty" in out, "at the prompt: %r" % out)
    # A script (not interactive) with the terminal as stdout: the body
    # runs without a fork, and still sees a pipe.
    script = ("test -t 1 && echo sc''ript-tty; "
              "x=$(test -t 1 && echo tty || echo notty); echo sc''ript=\"$x\"; "
              "x=$(test -p /dev/stdout && echo pipe || echo nopipe); echo de''v=\"$x\"; "
              "x=$(test -t 1 >&2 && echo re''dir-tty >&2)")
    out = sh.run("%s -c %s" % (shlex.quote(shell_argv()[0]), shlex.quote(script)))
    check("script-tty" in out, "the script's stdout is the terminal: %r" % out)
    check("script=notty" in out, "in a script: %r" % out)
    check("dev=pipe" in out, "/dev/stdout in a script: %r" % out)
    check("redir-tty" in out, ">&2 inside: fd 1 is the terminal again: %r" % out)


def ctrl_c_in_builtin_loop_substitution(sh):
    sh.sendline("f() { while :; do :; done; }; echo st''arted; x=$(f); echo af''ter")
    sh.child.expect_exact("started")
    sh.send("\x03")
    out = sh.expect_prompt()
    check("after" not in out, "the command line went on: %r" % out)
    check(sh.value("$((6*7))") == "42", "the shell goes on")


main([fd1_of_substitution_is_not_the_terminal, ctrl_c_in_builtin_loop_substitution])

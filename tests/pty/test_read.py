#!/usr/bin/python3
"""read on a terminal: -p writes its prompt there (and not when the input
is a pipe), -s turns echo off while it reads and back on after, also when
^C abandons the read."""

import os
import sys
import termios

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import check, main, wait_for  # noqa: E402


def echo_on(sh):
    return bool(sh.modes()[3] & termios.ECHO)


def prompt_on_terminal(sh):
    sh.sendline("read -p 'Na''me? ' v; echo \"got=$v\"")
    sh.child.expect_exact("Name? ")
    sh.sendline("abc")
    sh.child.expect_exact("got=abc")
    sh.expect_prompt()
    out = sh.run("echo x | read -p 'Q''Q? ' v; echo \"piped=$v\"")
    check("QQ? " not in out, "read -p prompts when the input is a pipe: %r" % out)


def silent_turns_echo_off(sh):
    # "started" means the line editor gave the terminal back with echo
    # on: from then, echo off can only be read -s.
    sh.sendline("echo st''arted; read -s v; echo \"got=${#v}\"")
    sh.child.expect_exact("started")
    wait_for(lambda: not echo_on(sh), what="read -s to turn echo off")
    sh.send("hush42\r")
    sh.child.expect(r"got=(\d+)")
    check(sh.child.match.group(1) == "6", "read -s read %s bytes" % sh.child.match.group(1))
    check("hush42" not in sh.child.before, "read -s echoed the input")
    sh.expect_prompt()
    sh.sendline("echo st''arted; read -s v; echo \"after=$?\"")
    sh.child.expect_exact("started")
    wait_for(lambda: not echo_on(sh), what="read -s to turn echo off again")
    sh.send("\x03")
    sh.expect_prompt()
    sh.sendline("stty -a")
    sh.child.expect(r"[\s;](-?echo)[\s;]")
    check(sh.child.match.group(1) == "echo", "echo is still off after ^C in read -s")
    sh.expect_prompt()


main([prompt_on_terminal, silent_turns_echo_off])

#!/usr/bin/python3
"""The prompt itself: PS1 is expanded for each prompt, set -b reports at once, traps run while the prompt
waits, the window can be resized, history goes to $HISTFILE, $ENV is read,
Tab completes command and variable names, and -i without a terminal works
with job control off."""

import os
import signal
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ptylib import PROMPT, check, main, shell_argv, under_test, wait_for, with_shell  # noqa: E402

import pexpect  # noqa: E402


def prompt_expansion(sh):
    sh.sendline("n=6; PS1='<$((n*7))>$ '")
    sh.child.expect_exact("<42>$ ")
    sh.sendline("n=7")
    sh.child.expect_exact("<49>$ ")


def notify_at_once(sh):
    sh.run("set -b")
    sh.run("sleep 0.3 &")
    # Nothing typed: the report must come by itself.
    sh.child.expect_exact("sleep 0.3", timeout=3)


def trap_at_prompt(sh):
    sh.run("trap 'echo trapped-$((40+2))' USR1")
    os.kill(sh.pid, signal.SIGUSR1)
    sh.child.expect_exact("trapped-42", timeout=3)
    check(sh.value("still") == "still", "the prompt works after the trap")


def resize(sh):
    sh.child.setwinsize(30, 100)
    os.kill(sh.pid, signal.SIGWINCH)
    check(sh.value("$((2+3))") == "5", "the shell goes on after SIGWINCH")


def history_file(sh):
    sh.run("echo hist-mark-1")
    sh.sendline("exit")
    sh.child.expect(pexpect.EOF)
    wait_for(lambda: not sh.child.isalive(), what="the shell to exit")
    with open(os.path.join(sh.tmp, "history"), errors="replace") as f:
        check("echo hist-mark-1" in f.read(), "the line is in $HISTFILE")


def complete_names(sh):
    sh.run("complete_me_var=ok-var")
    sh.send("ech\t")
    sh.child.expect_exact("echo ")
    sh.send("$complete_me_v\t")
    sh.child.expect_exact("$complete_me_var")
    sh.send("\r")
    out = sh.expect_prompt()
    check("ok-var" in out, "the completed line ran: %r" % out)


@with_shell(extra_env={"ENV": "$HOME/envfile"},
            files={"envfile": "from_env=env-$((3*3))\n"})
def env_file_read(sh):
    check(sh.value("$from_env") == "env-9", "$ENV was read at start-up")


@with_shell(extra_env={"ENV": None}, files={".coshrc": "from_rc=rc-ok\n"})
def coshrc_read(sh):
    if under_test() != "cosh":
        return
    check(sh.value("$from_rc") == "rc-ok", "~/.coshrc was read at start-up")


def interactive_without_terminal(sh):
    # Not through the pty: standard input is a pipe, there is no
    # controlling terminal at all.
    r = subprocess.run(shell_argv(), input="echo piped-$((1+1))\nexit 3\n",
                       capture_output=True, text=True, timeout=10,
                       start_new_session=True,
                       env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                            "HOME": sh.tmp, "PS1": PROMPT})
    check(r.returncode == 3, "exit 3 gives status 3, not %d" % r.returncode)
    check("piped-2" in r.stdout, "the command ran: %r" % r.stdout)


main([prompt_expansion, notify_at_once, trap_at_prompt, resize, history_file, complete_names,
      env_file_read, coshrc_read, interactive_without_terminal])

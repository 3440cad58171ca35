"""Forwarding (DESIGN.md section 4): with job control but no controlling
terminal (set -m in a script under a supervisor), the shell is the terminal
of the process groups it made: SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP and
SIGCONT sent to the shell alone reach the foreground job's group, and
SIGTERM/SIGHUP reach every job when the shell leaves because of them.

The driver starts the shell in a session of its own (no terminal) and sends
every signal to the shell's pid only, never to a group."""
import os
import signal
import time

import sys
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from siglib import Run, case, check, main


def is_dead(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            st = f.read()
    except OSError:
        return True
    return st[st.rindex(")") + 2] in "ZX"


def wait_dead(pid, timeout=3.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if is_dead(pid):
            return True
        time.sleep(0.01)
    return False


def cleanup(*pids):
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def send_to_shell(script, sig, ready="ready"):
    r = Run(script)
    child = int(r.wait_file(ready))
    os.kill(r.pid, sig)
    return r, child


@case
def int_forwarded_job_handles_it():
    r, child = send_to_shell(r"""
set -m
$HELPER wait ready handle INT 5
echo "st=$?" > after
""", signal.SIGINT)
    res = r.finish()
    cleanup(child)
    check(res.code == 0 and res.file("after") == "st=5\n",
          "the job got SIGINT and the script went on", res)


@case
def int_forwarded_job_dies_shell_dies():
    r, child = send_to_shell(r"""
set -m
$HELPER wait ready
echo after > after
""", signal.SIGINT)
    res = r.finish()
    cleanup(child)
    check(res.signal == signal.SIGINT and res.file("after") is None,
          "cooperative exit through the forwarded signal", res)


@case
def quit_forwarded():
    r, child = send_to_shell(r"""
set -m
$HELPER wait ready handle QUIT 6
echo "st=$?" > after
""", signal.SIGQUIT)
    res = r.finish()
    cleanup(child)
    check(res.code == 0 and res.file("after") == "st=6\n", "forwarded", res)


def leave_by(sig):
    r = Run(r"""
set -m
trap 'echo bye > exited' EXIT
$HELPER wait bgready & echo $! > bgpid
$HELPER wait ready handle %s 0
echo after > after
""" % signal.Signals(sig).name[3:])
    bg = int(r.wait_file("bgready"))
    child = int(r.wait_file("ready"))
    os.kill(r.pid, sig)
    res = r.finish()
    bg_dead = wait_dead(bg)
    cleanup(child, bg)
    check(res.signal == sig, "the shell leaves by the signal", res)
    check(res.file("exited") == "bye\n" and res.file("after") is None,
          "EXIT trap, no next command", res)
    check(bg_dead, "the background job got the signal too", res)


@case
def term_forwarded_then_shell_leaves_and_tells_every_job():
    leave_by(signal.SIGTERM)


@case
def hup_forwarded_then_shell_leaves_and_tells_every_job():
    leave_by(signal.SIGHUP)


@case
def term_with_no_foreground_job():
    r = Run(r"""
set -m
$HELPER wait bgready &
while :; do :; done
""")
    bg = int(r.wait_file("bgready"))
    os.kill(r.pid, signal.SIGTERM)
    res = r.finish()
    bg_dead = wait_dead(bg)
    cleanup(bg)
    check(res.signal == signal.SIGTERM and bg_dead, "all jobs told", res)


@case
def tstp_forwarded_stops_the_job():
    r, child = send_to_shell(r"""
set -m
$HELPER wait ready
echo "st=$?" > after
kill %1
""", signal.SIGTSTP)
    res = r.finish()
    cleanup(child)
    check(res.code == 0 and
          res.file("after") == "st=%d\n" % (128 + signal.SIGTSTP),
          "the job stopped, the script went on", res)


@case
def cont_forwarded():
    r, child = send_to_shell(r"""
set -m
$HELPER wait ready handle CONT 7
echo "st=$?" > after
""", signal.SIGCONT)
    res = r.finish()
    cleanup(child)
    check(res.code == 0 and res.file("after") == "st=7\n", "forwarded", res)


@case
def trapped_signal_still_forwarded():
    r, child = send_to_shell(r"""
set -m
trap 'echo trap >> log' INT
$HELPER wait ready handle INT 3
echo "st=$?" >> log
""", signal.SIGINT)
    res = r.finish()
    cleanup(child)
    check(res.code == 0 and res.file("log") == "trap\nst=3\n",
          "forwarded, then the trap after the job", res)


if __name__ == "__main__":
    main()

"""set -o sigtrace (cosh's own): one line on stderr for every signal the shell
receives, saying who sent it and what became of it.  The fates are checked
by their key words, which the man page documents."""
import os
import re
import signal

import sys
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from siglib import SH, Run, case, check, main, run

LINE = re.compile(r"^cosh: sigtrace: SIG([A-Z0-9+]+)(?: from pid (\d+))? "
                  "\u2192 (.*)$")


def traces(r):
    out = []
    for line in r.err.splitlines():
        m = LINE.match(line)
        if m:
            out.append((m.group(1), int(m.group(2) or 0), m.group(3)))
    return out


@case(cosh_only=True)
def trap_fate_with_sender():
    r = run(r"""
set -o sigtrace
trap 'echo caught' USR1
kill -USR1 $$; echo "pid=$$"
""")
    pid = int(r.out.split("pid=")[1])
    check(r.out.startswith("caught\n"), "trap ran", r)
    check(traces(r) == [("USR1", pid, "trap")], "one line, sender = $$", r)


@case(cosh_only=True)
def option_on_the_command_line():
    res = Run(None, argv=SH + ["-o", "sigtrace", "-c",
                               "trap : USR2; kill -USR2 $$"]).finish()
    check([t[2] for t in traces(res)] == ["trap"], "logged", res)


@case(cosh_only=True)
def deferred_during_foreground_job():
    r = run(r"""
set -o sigtrace
trap 'echo caught' USR1
sh -c 'kill -USR1 $PPID; sleep 0.1; echo child'
""")
    fates = [t[2] for t in traces(r)]
    check(r.out == "child\ncaught\n", "trap after the job", r)
    check(fates == ["deferred until job 1 ends", "trap"], "two lines", r)


@case(cosh_only=True)
def ignored_inherited():
    r = run(r"""
set -o sigtrace
kill -USR1 $$; echo alive
sh -c 'kill -USR1 $$; echo child-still-ignores'
""", ignore=(signal.SIGUSR1,))
    check(r.out == "alive\nchild-still-ignores\n", "still ignored", r)
    check([t[2] for t in traces(r)] == ["ignored (inherited)"],
          "logged as inherited", r)


@case(cosh_only=True)
def ignored_by_trap():
    r = run(r"""
set -o sigtrace
trap '' USR2
kill -USR2 $$; echo alive
sh -c 'kill -USR2 $$; echo child-still-ignores'
""")
    check(r.out == "alive\nchild-still-ignores\n", "still ignored", r)
    check([t[2] for t in traces(r)] == ["ignored (trap '')"], "logged", r)


@case(cosh_only=True)
def forwarded_to_pgrp():
    r = Run(r"""
set -m -o sigtrace
$HELPER wait ready handle INT 0
""")
    child = int(r.wait_file("ready"))
    os.kill(r.pid, signal.SIGINT)
    res = r.finish()
    t = traces(res)
    check(len(t) >= 1 and t[0][0] == "INT" and t[0][1] == os.getpid()
          and t[0][2] == "forwarded to pgrp %d" % child,
          "forwarded to the job's group, sender is the driver", res)


@case(cosh_only=True)
def cooperative_exit_logged():
    r = Run(r"""
set -o sigtrace
$HELPER wait ready
""")
    r.wait_file("ready")
    r.killpg(signal.SIGINT)
    res = r.finish()
    fates = [t[2] for t in traces(res)]
    check(res.signal == signal.SIGINT, "dies of it", res)
    check(fates and fates[0].startswith("deferred until job")
          and "exits" in fates[-1], "deferred, then exits", res)


@case(cosh_only=True)
def int_handled_by_job_dropped():
    r = Run(r"""
set -o sigtrace
$HELPER wait ready handle INT 0
echo after
""")
    r.wait_file("ready")
    r.killpg(signal.SIGINT)
    res = r.finish()
    fates = [t[2] for t in traces(res)]
    check(res.out == "after\n" and len(fates) == 2
          and fates[1].startswith("dropped"), "deferred, dropped", res)


@case(cosh_only=True)
def off_by_default():
    r = run("trap : USR1; kill -USR1 $$; set -o sigtrace; set +o sigtrace; "
            "kill -USR1 $$")
    check(r.err == "" and r.code == 0, "silent", r)


if __name__ == "__main__":
    main()

"""Processes started without a copy of the shell (vfork and exec, the
spawn path of src/job/proc.c) keep every signal guarantee of the fork path
(DESIGN.md sections 3, 5 and 8).  Each case runs twice: as the shell runs
by default, and with COSH_NOSPAWN=1 in its environment, which makes cosh
fork for every process (other shells ignore it and run the case twice).

A command is spawned when it is a simple external command (a pipeline
stage or an async command too, if its words expand without side effects)
whose redirections are plain files and fds; the cases use such commands."""
import os
import shutil
import signal
import tempfile
import time

import sys
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from siglib import SH, Fail, Run, case, check, main

MODES = (("spawn", []), ("fork", ["env", "COSH_NOSPAWN=1"]))


def run_both(script, timeout=30.0, **kw):
    """Result of script in each mode, as (mode, Result) pairs."""
    out = []
    for mode, prefix in MODES:
        argv = prefix + SH + ["-c", script, "sh"]
        out.append((mode, Run(script, argv=argv, **kw).finish(timeout)))
    return out


def sigsets(r):
    """{tag: {"ign": set, "blk": set}} from "TAG ign: ..." lines."""
    st = {}
    for line in r.out.splitlines():
        tag, _, rest = line.partition(" ")
        key, _, val = rest.partition(": ")
        st.setdefault(tag, {})[key] = set(val.split())
    return st


@case
def kill_right_after_async_spawn_never_lost():
    # The child is signalled before it can have reset the shell's
    # handlers or exec'd: the signal must wait for the reset and then
    # act by its default, round after round.
    for mode, r in run_both(r"""
i=0; bad=0
while [ $i -lt 150 ]; do
	sleep 5 & kill $!; wait $!; [ $? -eq 143 ] || bad=$((bad+1))
	/bin/sleep 5 >/dev/null 2>&1 & kill -USR1 $!; wait $!; [ $? -eq 138 ] || bad=$((bad+1))
	i=$((i+1))
done
echo "bad=$bad"
"""):
        check(r.out == "bad=0\n" and r.code == 0, "%s: every kill lands" % mode, r)


def wait_ready_busy(r, timeout=10.0):
    """Spins (no sleep) until the shell wrote ready: the signal that follows
    lands as close as the driver can get to the spawn right after it."""
    path = r.path("ready")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if os.path.getsize(path) > 0:
                return
        except OSError:
            pass
        if r.p.poll() is not None:
            break
    raise Fail("no ready file: %r" % r.finish(1))


def ctrl_c_rounds(script, rounds):
    # The children never end by themselves (sleep 20): whenever the group
    # SIGINT lands, before a child exists, while it is being started (when
    # Linux gives it to the shell alone, which passes it on) or once it
    # runs, the child must die of it and the script with it.  A signal
    # lost in the spawn leaves the sleep running: the case times out.
    for mode, prefix in MODES:
        for i in range(rounds):
            r = Run(script, argv=prefix + SH + ["-c", script, "sh"])
            wait_ready_busy(r)
            r.killpg(signal.SIGINT)
            res = r.finish(10)
            check(res.signal == signal.SIGINT and res.file("after") is None,
                  "%s, round %d: the script dies of SIGINT" % (mode, i), res)


@case
def ctrl_c_while_spawning_reaches_the_child():
    ctrl_c_rounds("echo x > ready; /bin/sleep 20; echo after > after", 40)


@case
def ctrl_c_while_spawning_a_pipeline():
    ctrl_c_rounds("echo x > ready; /bin/sleep 20 | /bin/sleep 20 >/dev/null"
                  " | /bin/sleep 20; echo after > after", 20)


@case
def trap_ignores_are_inherited_caught_are_reset():
    for mode, r in run_both(r"""
trap 'echo x' USR1 TERM INT
trap '' USR2 QUIT
grep '^Sig' /proc/self/status > s1
grep '^Sig' /proc/self/status 2>/dev/null <s1 >s2
/bin/cat /proc/self/status | grep '^Sig' > s3
grep '^Sig' /proc/self/status > s4 &
wait
for f in s1 s2 s3 s4; do $HELPER sigmask $f | sed "s/^/$f /"; done
"""):
        st = sigsets(r)
        for tag in ("s1", "s2", "s3", "s4"):
            check(tag in st, "%s: %s: no state" % (mode, tag), r)
            check({"USR2", "QUIT"} <= st[tag]["ign"],
                  "%s: %s: trap '' is inherited" % (mode, tag), r)
            check(not {"USR1", "TERM", "CHLD"} & st[tag]["ign"],
                  "%s: %s: caught signals go back to default" % (mode, tag), r)
            check(st[tag]["blk"] == set(), "%s: %s: the mask is empty" % (mode, tag), r)
        check("INT" not in st["s1"]["ign"], "%s: a foreground command gets SIGINT" % mode, r)
        check("INT" in st["s4"]["ign"],
              "%s: an async command without job control ignores SIGINT" % mode, r)


@case
def trap_ignore_int_survives_in_the_child():
    for mode, r in run_both(r"""
trap '' INT
/bin/sh -c 'kill -INT $$; echo survived'
echo "st=$?"
"""):
        check(r.out == "survived\nst=0\n", "%s: the child ignores SIGINT" % mode, r)


@case
def trapped_signal_kills_spawned_child_by_default():
    for mode, r in run_both(r"""
trap 'echo trapped' USR1
/bin/sh -c 'kill -USR1 $$; echo not-reached'
echo "st=$?"
"""):
        check(r.out == "st=138\n", "%s: the child dies of SIGUSR1" % mode, r)


@case
def coop_exit_with_spawned_child():
    # DESIGN.md section 5 with a spawned child that handles SIGINT and
    # exits: the script goes on with its status.
    for mode, prefix in MODES:
        script = r"""
$HELPER wait ready handle INT 3
echo "st=$?" > after
"""
        r = Run(script, argv=prefix + SH + ["-c", script, "sh"])
        r.wait_file("ready")
        r.killpg(signal.SIGINT)
        res = r.finish()
        check(res.code == 0 and res.file("after") == "st=3\n",
              "%s: the script goes on with the child's status" % mode, res)


@case
def trapped_signal_before_exec_kills_the_child_only():
    # A spawned child leaves what the shell caught to its execve: until
    # then the shell's handler for USR1 is installed in it, and it shares
    # the shell's memory.  strace sends it USR1 as it opens its
    # redirection, after it has unmasked the signals and before the
    # execve.  The signal must end the child by the default action and be
    # nothing to the shell: no trap runs, the shell goes on with 138.
    # (dash fails this: its handler runs in the child, records the signal
    # in the shell's memory, the child execs and the shell runs the trap.)
    strace = shutil.which("strace")
    check(strace is not None, "strace is needed (Debian package strace)")
    for mode, prefix in MODES:
        tmp = tempfile.mkdtemp(prefix="cosh-sig.")
        path = os.path.join(tmp, "in")
        with open(path, "w") as f:
            f.write("text\n")
        script = r"""
trap 'echo trapped' USR1
/bin/cat <"$1"
echo "st=$?"
"""
        # LeakSanitizer cannot work under ptrace (a sanitizer build).
        envs = ["ASAN_OPTIONS=detect_leaks=0"] + [a for a in prefix if "=" in a]
        argv = (["env"] + envs + [strace, "-f", "-qq", "-o", "/dev/null", "-P", path,
                                  "-e", "trace=openat", "-e", "inject=openat:signal=USR1"]
                + SH + ["-c", script, "sh", path])
        res = Run(script, argv=argv, tmp=tmp).finish(20)
        check(res.out == "st=138\n" and res.code == 0,
              "%s: the child dies of SIGUSR1, the shell traps nothing" % mode, res)
        shutil.rmtree(tmp, ignore_errors=True)

@case
def default_signal_acts_while_the_shell_waits():
    # The shell waits for its foreground child with every signal blocked,
    # taking them one by one; one it does not catch must still act on it
    # at once: SIGTERM ends it.  (Not SIGTSTP: the group of a shell
    # under test is orphaned, and the kernel drops the stop signals.)
    for mode, prefix in MODES:
        script = "$HELPER wait ready; echo after > after"
        r = Run(script, argv=prefix + SH + ["-c", script, "sh"])
        r.wait_file("ready")
        os.kill(r.pid, signal.SIGTERM)
        res = r.finish(10)
        check(res.signal == signal.SIGTERM and res.file("after") is None,
              "%s: SIGTERM ends the waiting shell at once" % mode, res)

        # One whose default is to do nothing: the wait goes on.
        script = "$HELPER wait ready handle TERM 0; echo after > after"
        r = Run(script, argv=prefix + SH + ["-c", script, "sh"])
        pid = int(r.wait_file("ready"))
        os.kill(r.pid, signal.SIGWINCH)
        os.kill(r.pid, signal.SIGURG)
        os.kill(pid, signal.SIGTERM)
        res = r.finish(10)
        check(res.code == 0 and res.file("after") == "after\n",
              "%s: SIGWINCH and SIGURG do nothing, the shell goes on" % mode, res)


main()

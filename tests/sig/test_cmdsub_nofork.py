"""$( ) without a fork (issue 13): a body of builtins and functions starts
no process, and a builtin loop inside one still ends at a Ctrl-C.

The count of process creations comes from strace -f -c (clone, clone3,
fork, vfork): real evidence, not a hook of the shell.  Without a working
strace (not installed, or ptrace refused) those cases fail: the suite
needs the Debian package strace (README)."""
import os
import signal
import subprocess
import shutil
import sys
import time
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

import siglib
from siglib import SH, Fail, Run, case, check, main, run

STRACE = shutil.which("strace")


def strace_works():
    if not STRACE or not SH:
        return False
    try:
        r = subprocess.run([STRACE, "-f", "-c", "-o", os.devnull, "true"],
                           stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return r.returncode == 0


CREATE = ("clone", "clone3", "fork", "vfork")


STRACE_OK = None


def creations(script):
    """Runs script under strace -f -c; the processes it created."""
    global STRACE_OK
    if STRACE_OK is None:
        STRACE_OK = strace_works()
    check(STRACE_OK, "strace is missing or cannot trace here (install strace)")
    out = "strace.out"
    # LeakSanitizer cannot work under ptrace: a sanitizer build of the
    # shell would fail at exit (the other files check its leaks).
    r = run(script, argv=["env", "ASAN_OPTIONS=detect_leaks=0", STRACE,
                          "-f", "-c", "-o", out,
                          "-e", "trace=" + ",".join(CREATE)]
            + SH + ["-c", script])
    check(r.code == 0, "the script failed", r)
    n = 0
    for line in (r.file(out) or "").splitlines():
        f = line.split()
        if len(f) >= 5 and f[-1] in CREATE:
            n += int(f[3])
    return n, r


LOOP = 'i=0; while [ "$i" -lt 100 ]; do %s; i=$((i + 1)); done; echo "$x"'


@case(cosh_only=True)
def builtin_substitution_starts_no_process():
    n, r = creations(LOOP % "x=$(echo hi)")
    check(r.out == "hi\n", "the output", r)
    check(n == 0, "100 x $(echo hi) created %d processes" % n, r)


@case(cosh_only=True)
def function_substitution_starts_no_process():
    n, r = creations('f() { for w in "$@"; do printf "%s." "$w"; done; }; '
                     + LOOP % "x=$(f a b)")
    check(r.out == "a.b.\n", "the output", r)
    check(n == 0, "100 x $(f a b) created %d processes" % n, r)


@case(cosh_only=True)
def pipeline_first_stage_starts_no_process():
    # echo and printf as the first stage of a pipeline run in the shell:
    # only cat is started.  printf with a field width forks (its output
    # is not bounded by its arguments).
    n, r = creations(LOOP % "x=a; echo hi | cat >/dev/null; printf '%s\\n' b | cat >/dev/null")
    check(n == 200, "100 x (echo | cat; printf | cat) created %d processes" % n, r)
    n, r = creations(LOOP % "printf '%3s' hi | cat >/dev/null")
    check(n == 200, "100 x printf '%%3s' | cat created %d processes" % n, r)


@case
def external_command_still_forks():
    # The control: strace sees the forks of substitutions that need one.
    n, r = creations(LOOP % "x=$(echo hi | cat)")
    check(r.out == "hi\n", "the output", r)
    check(n >= 200, "100 x $(echo hi | cat) created only %d processes" % n, r)


def group_cpu_ticks(pgid):
    """User+system clock ticks of every process in group pgid."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % pid) as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[2]) == pgid:
            total += int(fields[11]) + int(fields[12])
    return total


@case
def ctrl_c_ends_builtin_loop_in_substitution():
    # A Ctrl-C (SIGINT to the whole group, as a terminal sends it) while a
    # loop of builtins runs in $( ): the shell dies of it, with or without
    # a fork, and runs nothing after.
    sh = Run('echo ready >ready; x=$(while :; do :; done); echo not-reached')
    sh.wait_file("ready")
    # Polled, not slept: the loop is running once the group used CPU.
    deadline = time.monotonic() + 10
    while group_cpu_ticks(sh.pid) < 5:
        if time.monotonic() > deadline or sh.p.poll() is not None:
            sh.kill()
            raise Fail("the loop never ran: %r" % sh.finish(1))
        time.sleep(0.01)
    sh.killpg(signal.SIGINT)
    r = sh.finish(5)
    check(r.signal == signal.SIGINT, "the shell died of SIGINT", r)
    check("not-reached" not in r.out, "nothing ran after", r)


if __name__ == "__main__":
    main()

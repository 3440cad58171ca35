"""Floods: thousands of trapped signals, a thousand children ending at once,
a long read under a signal storm.  The shell must not crash, must lose no
child's status, must leave no zombie, and must run a trap at least once per
burst of signals."""
import os
import random
import signal
import string
import threading
import time

import sys
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from siglib import Fail, Run, case, check, main, run


def read_int(r, name):
    try:
        return int((r.file(name) or "0").strip() or 0)
    except ValueError:
        return 0


@case
def ten_thousand_usr1_at_a_builtin_loop():
    r = Run(r"""
n=0
trap 'n=$((n+1)); echo $n > count.tmp; mv -f count.tmp count' USR1
echo $$ > ready
i=0
while [ ! -e stop ]; do i=$((i+1)); done
echo "n=$n"
""")
    pid = int(r.wait_file("ready"))
    bursts, per_burst = 10, 1000
    for b in range(bursts):
        before = read_int(r, "count")
        for _ in range(per_burst):
            os.kill(pid, signal.SIGUSR1)
        deadline = time.monotonic() + 10
        while read_int(r, "count") <= before:
            if time.monotonic() > deadline or r.p.poll() is not None:
                r.kill()
                raise Fail("burst %d: no trap ran: %r" % (b, r.finish(1)))
            time.sleep(0.002)
    open(r.path("stop"), "w").close()
    res = r.finish(20)
    check(res.code == 0 and res.out.startswith("n="), "survives", res)
    n = int(res.out.strip()[2:])
    check(bursts <= n <= bursts * per_burst, "at least once per burst", res)


@case
def usr1_storm_during_foreground_commands():
    # Signals while the shell waits for children: the trap still runs at
    # least once, and every status is right.
    r = Run(r"""
n=0; bad=0
trap 'n=$((n+1))' USR1
echo $$ > ready
i=0
while [ $i -lt 300 ]; do
	sh -c 'exit 3'; [ $? -eq 3 ] || bad=$((bad+1)); i=$((i+1))
done
echo "bad=$bad ran=$([ $n -ge 1 ] && echo yes)"
""")
    pid = int(r.wait_file("ready"))
    stop = threading.Event()

    def flood():
        k = 0
        while not stop.is_set():
            k += 1
            if k % 500 == 0 and r.p.poll() is not None:
                return
            try:
                os.kill(pid, signal.SIGUSR1)
            except ProcessLookupError:
                return
            time.sleep(0.0002)
    t = threading.Thread(target=flood)
    t.start()
    try:
        res = r.finish(30)
    finally:
        stop.set()
        t.join()
    check(res.code == 0 and res.out == "bad=0 ran=yes\n", "statuses", res)


@case
def thousand_children_ending_at_once():
    # Every child blocks reading a FIFO whose only writers are the shell's
    # fds 5 and 6; closing them ends all thousand at the same moment.
    r = run(r"""
mkfifo gate
exec 5<>gate 3<gate 6>gate
i=0
while [ $i -lt 1000 ]; do
	(exec 5>&- 6>&-; read x <&3; exit $((i % 250))) &
	eval "p$i=\$!"
	i=$((i+1))
done
exec 5>&- 6>&- 3<&-
i=0; bad=0
while [ $i -lt 1000 ]; do
	eval "wait \$p$i"; st=$?
	[ $st -eq $((i % 250)) ] || { bad=$((bad+1)); echo "job $i: $st"; }
	i=$((i+1))
done
echo "bad=$bad zombies=$($HELPER zombies $$)"
""", timeout=40)
    check(r.code == 0 and r.out.endswith("bad=0 zombies=0\n"),
          "all statuses right, no zombie", r)


def open_fifo_for_writing(r, timeout=10.0):
    """The FIFO the shell reads, once it has opened it; fails instead of
    blocking forever if the shell died first."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(r.path("f"), os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError:     # ENXIO: no reader yet; ENOENT: no FIFO yet
            if r.p.poll() is not None or time.monotonic() > deadline:
                r.kill()
                raise Fail("the shell never opened the FIFO: %r"
                           % r.finish(1))
            time.sleep(0.005)
    os.set_blocking(fd, True)
    return os.fdopen(fd, "w")


@case
def long_read_under_signal_storm():
    rnd = random.Random(4)
    alphabet = string.ascii_letters + string.digits + " ,.:;-_=+"
    line = "".join(rnd.choice(alphabet) for _ in range(100000))
    r = Run(r"""
n=0
trap 'n=$((n+1))' USR1 USR2
mkfifo f
echo $$ > ready
IFS= read -r line < f
printf '%s' "$line" > got
echo "len=${#line} ran=$([ $n -ge 1 ] && echo yes)"
""")
    pid = int(r.wait_file("ready"))
    stop = threading.Event()

    def flood():
        sigs = (signal.SIGUSR1, signal.SIGUSR2)
        k = 0
        while not stop.is_set():
            if k % 500 == 0 and r.p.poll() is not None:
                return
            try:
                os.kill(pid, sigs[k % 2])
            except ProcessLookupError:
                return
            k += 1
            time.sleep(0.0001)
    t = threading.Thread(target=flood)
    t.start()
    try:
        with open_fifo_for_writing(r) as f:
            data = line + "\nsecond line\n"
            for k in range(0, len(data), 997):
                f.write(data[k:k + 997])
                f.flush()
                if k % (997 * 10) == 0:
                    time.sleep(0.002)
        res = r.finish(30)
    finally:
        stop.set()
        t.join()
    check(res.code == 0 and res.out == "len=%d ran=yes\n" % len(line),
          "line read whole", res)
    check(res.file("got") == line, "no byte lost or changed", len(res.file("got") or ""))


if __name__ == "__main__":
    main()

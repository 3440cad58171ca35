"""A child process for the signal tests, independent of any shell.

    helper.py wait READY [handle SIG STATUS]... [ignore SIG]...
        Sets the dispositions asked for (every other signal keeps what it
        inherited: a child that should die of SIGINT dies of it), writes its
        pid and a newline to READY (atomically), then sleeps until a signal
        ends it.  "handle INT 3": on SIGINT, exit with status 3 (an editor
        or REPL that uses Ctrl-C for itself).  Gives up with status 99
        after 20 s.
    helper.py zombies PID
        Prints how many zombie children PID has (this helper excluded).
    helper.py flood PID SIG COUNT
        Sends COUNT signals SIG to PID as fast as it can; stops early,
        without error, if PID is gone.
    helper.py sigmask FILE
        Decodes the SigIgn/SigBlk lines of a copy of /proc/PID/status into
        "ign: NAMES" and "blk: NAMES".
"""
import os
import signal
import sys
import time

# Python ignores SIGPIPE and catches SIGINT for itself: whatever this
# process inherited for SIGINT is what its parent gave it, except that the
# interpreter replaced SIG_DFL by its own handler.  Put SIG_DFL back unless
# it was SIG_IGN (signal.getsignal reports SIG_IGN for an inherited ignore).
if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def signum(name):
    name = name.upper()
    if not name.startswith("SIG"):
        name = "SIG" + name
    return getattr(signal, name)


def cmd_wait(args):
    ready = args[0]
    i = 1
    while i < len(args):
        if args[i] == "handle":
            sig, status = signum(args[i + 1]), int(args[i + 2])
            signal.signal(sig, lambda s, f, st=status: os._exit(st))
            i += 3
        elif args[i] == "ignore":
            signal.signal(signum(args[i + 1]), signal.SIG_IGN)
            i += 2
        else:
            sys.exit("helper: bad argument %r" % args[i])
    tmp = ready + ".tmp%d" % os.getpid()
    with open(tmp, "w") as f:
        f.write("%d\n" % os.getpid())
    os.rename(tmp, ready)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        time.sleep(0.05)
    os._exit(99)


def cmd_zombies(args):
    ppid = int(args[0])
    n = 0
    for d in os.listdir("/proc"):
        if not d.isdigit() or int(d) == os.getpid():
            continue
        try:
            with open("/proc/%s/stat" % d) as f:
                st = f.read()
        except OSError:
            continue
        fields = st[st.rindex(")") + 2:].split()
        if fields[0] == "Z" and int(fields[1]) == ppid:
            n += 1
    print(n)


def cmd_flood(args):
    pid, sig, count = int(args[0]), signum(args[1]), int(args[2])
    for _ in range(count):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            break


def names(mask):
    out = []
    for n in range(1, 65):
        if mask >> (n - 1) & 1:
            try:
                out.append(signal.Signals(n).name[3:])
            except ValueError:
                out.append(str(n))
    return " ".join(out)


def cmd_sigmask(args):
    with open(args[0]) as f:
        for line in f:
            key, _, val = line.partition(":")
            if key in ("SigIgn", "SigBlk"):
                print("%s: %s" % (key[3:].lower(), names(int(val.strip(), 16))))


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    {"wait": cmd_wait, "zombies": cmd_zombies, "flood": cmd_flood,
     "sigmask": cmd_sigmask}[cmd](args)


if __name__ == "__main__":
    main()

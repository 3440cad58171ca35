"""Shared helpers for cosh's pseudo-terminal tests.

Each test_*.py script drives an interactive shell through a real pty with
pexpect, and judges it by process state, process groups, the terminal's
foreground group, terminal modes, exit statuses and files -- never by the
wording of a message.  A script exits 0 (pass), 1 (fail) or 77 (skip: no
pexpect, no /proc).

The shell under test is $COSH -i.  SHELL_UNDER_TEST=bash (dash, mksh,
yash) runs the same scenarios against another shell, to compare.
"""

import os
import shutil
import signal
import sys
import tempfile
import termios
import time
import traceback

try:
    import pexpect
except ImportError:  # pragma: no cover
    print("SKIP: python3 pexpect is not installed")
    sys.exit(77)

if not os.path.isdir("/proc/self"):
    print("SKIP: no /proc")
    sys.exit(77)

PROMPT = "PTYPROMPT> "
PS2 = "PTYMORE> "
TIMEOUT = 5

# argv for each shell, interactive and without start-up files.
REFERENCE = {
    "bash": ["bash", "--norc", "--noprofile", "-i"],
    "dash": ["dash", "-i"],
    "mksh": ["mksh", "-i"],
    "yash": ["yash", "-i", "--norcfile"],
    "zsh": ["zsh", "-f", "-i"],
}


class Fail(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Fail(what)


def shell_argv():
    name = os.environ.get("SHELL_UNDER_TEST")
    if name:
        if name in REFERENCE:
            return REFERENCE[name]
        return [name, "-i"]
    cosh = os.environ.get("COSH")
    if not cosh:
        here = os.path.dirname(os.path.abspath(__file__))
        cosh = os.path.join(here, "..", "..", "cosh")
    return [cosh, "-i"]


def under_test():
    return os.environ.get("SHELL_UNDER_TEST") or "cosh"


# ---- /proc ----

def proc_stat(pid):
    """(state, ppid, pgrp, tpgid) of pid, or None if it is gone (or a zombie
    counts as gone)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            data = f.read()
    except (FileNotFoundError, ProcessLookupError):
        return None
    rest = data[data.rindex(")") + 2:].split()
    state = rest[0]
    if state in ("Z", "X"):
        return None
    return state, int(rest[1]), int(rest[2]), int(rest[5])


def alive(pid):
    return proc_stat(pid) is not None


def state(pid):
    st = proc_stat(pid)
    return st[0] if st else None


def pgrp(pid):
    st = proc_stat(pid)
    return st[2] if st else None


def children(pid):
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            st = proc_stat(int(d))
            if st and st[1] == pid:
                out.append(int(d))
    return sorted(out)


def descendants(pid):
    out = []
    todo = [pid]
    while todo:
        p = todo.pop()
        for c in children(p):
            out.append(c)
            todo.append(c)
    return sorted(out)


def wait_for(pred, timeout=TIMEOUT, what="condition"):
    end = time.time() + timeout
    while time.time() < end:
        if pred():
            return True
        time.sleep(0.02)
    raise Fail("timed out waiting for " + what)


def find_procs(shell_pid, argv0, arg=None):
    """Descendants of the shell running argv0 (with arg among its
    arguments, if given)."""
    found = []
    for p in descendants(shell_pid):
        try:
            with open("/proc/%d/cmdline" % p, "rb") as f:
                argv = f.read().split(b"\0")
        except OSError:
            continue
        if not argv or not argv[0]:
            continue
        if os.path.basename(argv[0].decode()) != argv0:
            continue
        if arg is not None and arg.encode() not in argv[1:]:
            continue
        found.append(p)
    return found


# Every process a scenario looked for: killed at the end even if the shell
# under test left it behind (reparented, out of reach of descendants()).
SEEN = set()


def find_proc(shell_pid, argv0, arg=None, timeout=TIMEOUT):
    res = []

    def look():
        res[:] = find_procs(shell_pid, argv0, arg)
        return len(res) > 0
    wait_for(look, timeout, "a %s %s process" % (argv0, arg or ""))
    SEEN.update(res)
    return res[0]


def job_in_front(sh, argv0, arg=None):
    """Waits until a process argv0 (with arg) of the shell has the
    terminal (its group is the foreground one); returns its pid."""
    p = find_proc(sh.pid, argv0, arg)
    wait_for(lambda: sh.tpgid() == pgrp(p), what="the job to get the terminal")
    return p


def stop_sleep(sh, arg):
    """Runs `sleep ARG` in the foreground, waits until it has the
    terminal, stops it with ^Z and waits for the prompt and the stopped
    state.  Returns the sleep's pid."""
    sh.sendline("sleep " + arg)
    p = job_in_front(sh, "sleep", arg)
    sh.send("\x1a")
    sh.expect_prompt()
    wait_for(lambda: state(p) == "T", what="sleep to stop")
    return p


# ---- the shell ----

class Shell:
    def __init__(self, extra_env=None, argv=None, term=None, files=None):
        """extra_env values may use {tmp} for the shell's temporary home; a
        value of None removes the variable.  files: name -> text, written
        into that directory before the shell starts."""
        self.tmp = tempfile.mkdtemp(prefix="cosh-pty-")
        for name, text in (files or {}).items():
            with open(os.path.join(self.tmp, name), "w") as f:
                f.write(text)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.tmp,
            "HISTFILE": os.path.join(self.tmp, "history"),
            "PS1": PROMPT,
            "PS2": PS2,
            "TERM": term or os.environ.get("PTY_TERM", "dumb"),
            "LC_ALL": "C",
            "ENV": os.path.join(self.tmp, "no-such-env-file"),
        }
        for k, v in (extra_env or {}).items():
            if v is None:
                env.pop(k, None)
            else:
                env[k] = v.format(tmp=self.tmp)
        argv = argv or shell_argv()
        self.child = pexpect.spawn(argv[0], argv[1:], env=env, cwd=self.tmp,
                                   encoding="utf-8", codec_errors="replace",
                                   timeout=TIMEOUT, dimensions=(24, 200))
        self.child.logfile_read = Log()
        self.pid = self.child.pid
        if under_test() != "cosh":
            # Some shells (mksh, yash as root) ignore PS1 from the
            # environment; the split quotes keep the echo from matching.
            self.child.sendline("PS1='PTY''PROMPT> '; PS2='PTY''MORE> '; echo READY''MARK")
            self.child.expect_exact("READYMARK")
        self.expect_prompt()

    # -- typing --
    def expect_prompt(self, timeout=TIMEOUT):
        self.child.expect_exact(PROMPT, timeout=timeout)
        return self.child.before

    def send(self, text):
        self.child.send(text)

    def sendline(self, line):
        self.child.sendline(line)

    def run(self, line, timeout=TIMEOUT):
        """Types a line and waits for the next prompt; returns what came
        in between."""
        self.sendline(line)
        return self.expect_prompt(timeout)

    def value(self, expr, timeout=TIMEOUT):
        """The expansion of expr, printed between markers.  Matching the
        output rather than counting prompts stays right when the shell
        redrew its prompt meanwhile (a trap, a resize, job news)."""
        self.sendline("echo \"<<%s>>\"" % expr)
        # The echo of the typed line has '>>"' where the output has '>>'.
        self.child.expect(r"<<([^\r\n]*?)>>\r?\n", timeout=timeout)
        val = self.child.match.group(1)
        self.expect_prompt(timeout)
        return val

    def status(self):
        """$? of the last command, read through the shell."""
        v = self.value("st=$?")
        check(v.startswith("st=") and v[3:].isdigit(), "no status in %r" % v)
        return int(v[3:])

    # -- the terminal --
    def shell_pgid(self):
        return pgrp(self.pid)

    def tpgid(self):
        st = proc_stat(self.pid)
        return st[3] if st else None

    def check_shell_has_terminal(self, what):
        # The shell takes the terminal back right before its prompt; the
        # prompt was seen, so the hand-over happened already.
        check(self.tpgid() == self.shell_pgid(),
              "%s: the terminal's foreground group is %s, the shell's is %s"
              % (what, self.tpgid(), self.shell_pgid()))

    def modes(self):
        """The terminal's modes now, as termios.tcgetattr gives them
        (iflag, oflag, cflag, lflag, ...): read on the pty's master side,
        which Linux answers with the slave's modes.  At a prompt these are
        the line editor's; while a job runs in front, the job's."""
        return termios.tcgetattr(self.child.child_fd)

    def leave(self):
        """Ends the shell the way a user does (exit, twice if jobs are
        stopped) so that a sanitizer build gets to report at exit; then
        fails if anything in the output came from a sanitizer."""
        try:
            for _ in range(2):
                if not self.child.isalive():
                    break
                self.child.sendline("exit")
                i = self.child.expect([pexpect.EOF, PROMPT], timeout=TIMEOUT)
                if i == 0:
                    break
        except (pexpect.TIMEOUT, pexpect.EOF, OSError):
            pass
        text = self.child.logfile_read.text()
        for marker in ("AddressSanitizer", "LeakSanitizer", "runtime error:"):
            if marker in text:
                at = max(0, text.index(marker) - 200)
                raise Fail("the sanitizer reported: " + text[at:at + 800])

    def close(self):
        try:
            if self.child.isalive():
                self.child.kill(signal.SIGKILL)
            self.child.close(force=True)
        except Exception:
            pass
        # No test leaves processes behind.
        shutil.rmtree(self.tmp, ignore_errors=True)


class Log:
    """Keeps what the shell wrote, for the failure report."""
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        return "".join(self.parts)


def kill_tree(pids):
    for p in pids:
        try:
            os.kill(p, signal.SIGKILL)
        except OSError:
            pass


def main(scenarios):
    """Runs each scenario(sh) with a fresh shell; prints one line per
    scenario and exits 0 if all passed, 1 otherwise.  SCENARIO=name runs
    one."""
    only = os.environ.get("SCENARIO")
    failed = 0
    for fn in scenarios:
        name = fn.__name__
        if only and only != name:
            continue
        sh = None
        leftovers = []
        try:
            sh = Shell(**getattr(fn, "shell_args", {}))
            fn(sh)
            sh.leave()
            print("PASS: %s [%s]" % (name, under_test()))
        except Exception as e:
            failed += 1
            print("FAIL: %s [%s]: %s" % (name, under_test(),
                                         str(e).splitlines()[0] if str(e) else type(e).__name__))
            if os.environ.get("PTY_VERBOSE") or under_test() == "cosh":
                traceback.print_exc(limit=3)
                if sh:
                    print("---- terminal output ----")
                    print(sh.child.logfile_read.text()[-3000:])
                    print("---- end ----")
        finally:
            if sh:
                leftovers = descendants(sh.pid) + sorted(SEEN)
                SEEN.clear()
                sh.close()
                kill_tree(leftovers)
    sys.exit(1 if failed else 0)


def with_shell(**kw):
    """Decorator: start the scenario's shell with these Shell() args."""
    def deco(fn):
        fn.shell_args = kw
        return fn
    return deco

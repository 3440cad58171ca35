"""Shared helpers for the signal tests (tests/sig/test_*.py).

Each test file is a list of small cases, each a function decorated with
@case.  A case runs the shell under test on a script, sometimes sends it
signals the way a terminal would (to its whole process group, from outside),
and judges it by exit statuses, files written by traps and the order of
outputs, never by one shell's message wording.

The shell under test is $SHELL_UNDER_TEST if set (to run the same cases with
bash, dash, mksh, yash, "busybox sh"...), else $COSH (what `make check`
sets).  A value with spaces is split into argv ("busybox sh").

Exit status of a test file: 0 all cases passed, 1 one failed, 77 the shell
could not be found.  With SIGTEST_REPORT=1 every case prints one line
"PASS|FAIL|SKIP name" (tests/sig/compare uses it).
"""
import os
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
HELPER = os.path.join(HERE, "helper.py")
PY = sys.executable or "/usr/bin/python3"

_sut = os.environ.get("SHELL_UNDER_TEST") or os.environ.get("COSH")
SH = shlex.split(_sut) if _sut else None
# cosh unless another shell was asked for explicitly.
if not SH:
    IS_COSH = False
elif not os.environ.get("SHELL_UNDER_TEST"):
    IS_COSH = True
else:
    IS_COSH = os.path.basename(SH[0]).startswith("cosh")
_tmpdirs = []

_cases = []


def case(fn=None, *, cosh_only=False):
    """Registers a case.  cosh_only: a feature only cosh has (sigtrace);
    skipped when another shell is under test."""
    def reg(f):
        _cases.append((f.__name__, f, cosh_only))
        return f
    return reg(fn) if fn else reg


class Fail(Exception):
    pass


def check(cond, what, *info):
    if not cond:
        raise Fail(what + ("".join("\n    " + str(i) for i in info)))


def _child_setup():
    # Whatever the harness left (make run in the background ignores
    # SIGINT), the shell under test starts with default dispositions and
    # an empty mask, as from a terminal.
    for s in range(1, signal.NSIG):
        if s in (signal.SIGKILL, signal.SIGSTOP):
            continue
        try:
            signal.signal(s, signal.SIG_DFL)
        except (OSError, ValueError):
            pass
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    # SIGQUIT would dump cores all over the temporary directories.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class Result:
    def __init__(self, code, out, err, tmp):
        self.code = code        # Popen returncode: -n if killed by n
        self.out = out
        self.err = err
        self.tmp = tmp

    @property
    def signal(self):
        return -self.code if self.code < 0 else 0

    def file(self, name, default=None):
        try:
            with open(os.path.join(self.tmp, name)) as f:
                return f.read()
        except OSError:
            return default

    def __repr__(self):
        how = ("killed by %s" % signal.Signals(self.signal).name
               if self.signal else "exit %d" % self.code)
        return "<%s, stdout=%r, stderr=%r>" % (how, self.out[-600:],
                                              self.err[-600:])


def env_for_test(tmp):
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": tmp,
        "LC_ALL": "C",
        "SH": " ".join(shlex.quote(a) for a in SH),
        "HELPER": shlex.quote(PY) + " " + shlex.quote(HELPER),
        "PY": PY,
        "TMPDIR": tmp,
    }


class Run:
    """A shell running `script` (sh -c) in a fresh directory, in a session
    and process group of its own, stdin from /dev/null unless given."""

    def __init__(self, script, args=(), stdin=None, ignore=(), tmp=None,
                 argv=None, files=None):
        if tmp is None:
            tmp = tempfile.mkdtemp(prefix="cosh-sig.")
            _tmpdirs.append(tmp)
        self.tmp = tmp
        for name, text in (files or {}).items():
            path = os.path.join(self.tmp, name)
            with open(path, "w") as f:
                f.write(text)
            os.chmod(path, 0o755)
        env = env_for_test(self.tmp)
        if argv is None:
            argv = SH + ["-c", script, "sh"] + list(args)

        def setup():
            _child_setup()
            for s in ignore:
                signal.signal(s, signal.SIG_IGN)
        # Files, not pipes: a background process left holding stdout must
        # not keep the driver waiting for an end of file.
        self.out_f = tempfile.TemporaryFile()
        self.err_f = tempfile.TemporaryFile()
        self.p = subprocess.Popen(
            argv, cwd=self.tmp, env=env, start_new_session=True,
            preexec_fn=setup,
            stdin=stdin if stdin is not None else subprocess.DEVNULL,
            stdout=self.out_f, stderr=self.err_f)
        self.pid = self.p.pid

    def path(self, name):
        return os.path.join(self.tmp, name)

    def file(self, name, default=None):
        try:
            with open(self.path(name)) as f:
                return f.read()
        except OSError:
            return default

    def wait_file(self, name, timeout=10.0):
        """Waits until file name exists and is non-empty; its content."""
        deadline = time.monotonic() + timeout
        path = self.path(name)
        while time.monotonic() < deadline:
            try:
                with open(path) as f:
                    s = f.read()
                if s.endswith("\n"):
                    return s
            except OSError:
                pass
            if self.p.poll() is not None:
                raise Fail("shell ended before %s appeared: %r" %
                           (name, self.finish(1)))
            time.sleep(0.005)
        self.kill()
        raise Fail("timed out waiting for %s: %r" % (name, self.finish(1)))

    def killpg(self, sig):
        """A terminal's Ctrl-C: the signal to the whole group."""
        os.killpg(self.pid, sig)

    def kill(self):
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except OSError:
            pass

    def finish(self, timeout=15.0):
        try:
            self.p.wait(timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            timed_out = True
        # Leave no process of the group behind.
        self.kill()
        self.p.wait()
        outs = []
        for f in (self.out_f, self.err_f):
            f.seek(0)
            outs.append(f.read().decode(errors="replace"))
            f.close()
        if timed_out:
            raise Fail("timed out after %gs; stdout=%r stderr=%r" %
                       (timeout, outs[0][-500:], outs[1][-500:]))
        return Result(self.p.returncode, outs[0], outs[1], self.tmp)


def run(script, args=(), timeout=15.0, **kw):
    """Runs script to its end; a Result."""
    return Run(script, args, **kw).finish(timeout)


def main():
    if not SH:
        print("SKIP: neither SHELL_UNDER_TEST nor COSH is set")
        sys.exit(77)
    if not os.access(SH[0], os.X_OK):
        print("SKIP: %s is not executable" % SH[0])
        sys.exit(77)
    only = os.environ.get("SIGTEST_ONLY")
    report = os.environ.get("SIGTEST_REPORT")
    failed = 0
    for name, fn, cosh_only in _cases:
        if only and name not in only.split(","):
            continue
        if cosh_only and not IS_COSH:
            print("SKIP %s (cosh-only)" % name)
            continue
        t0 = time.monotonic()
        try:
            fn()
        except Fail as e:
            failed += 1
            print("FAIL %s: %s" % (name, e))
        except Exception:
            failed += 1
            print("FAIL %s: %s" % (name, traceback.format_exc()))
        else:
            dt = time.monotonic() - t0
            print("PASS %s%s" % (name, "" if report else " (%.2fs)" % dt))
        sys.stdout.flush()
        while _tmpdirs:
            shutil.rmtree(_tmpdirs.pop(), ignore_errors=True)
    sys.exit(1 if failed else 0)

"""Limits the shell must meet without surprises (issue 14): a printf with a
width of a gigabyte streams its padding instead of building it in memory.
Measured as the peak resident size of the shell process (os.wait4), which
no shell's wording can fool."""
import os
import subprocess
import tempfile

import sys
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from siglib import SH, case, check, env_for_test, main


def run_measured(script):
    """Runs SH -c script with stdout to a file; (status, stdout, peak RSS
    in bytes) of the shell process and the children it waited for."""
    with tempfile.TemporaryDirectory(prefix="cosh-lim.") as tmp, \
            tempfile.TemporaryFile() as out:
        p = subprocess.Popen(SH + ["-c", script], cwd=tmp,
                             env=env_for_test(tmp), stdin=subprocess.DEVNULL,
                             stdout=out, stderr=subprocess.STDOUT)
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        return p.returncode, out.read().decode(errors="replace"), \
            ru.ru_maxrss * 1024


@case
def printf_huge_width_is_streamed():
    # 1 GB of padding, written to /dev/null by the shell itself (printf is
    # a builtin): the shell must not grow by anything like that.
    code, out, rss = run_measured(
        "printf '%1000000000d' 7 >/dev/null; echo \"status $?\"")
    check(code == 0 and out == "status 0\n", "printf failed", code, out)
    check(rss < 200 * 1024 * 1024,
          "peak RSS %d MB for a 1 GB width: built in memory" % (rss >> 20))


@case
def printf_huge_precision_is_streamed():
    code, out, rss = run_measured(
        "printf '%.1000000000d' 7 | wc -c; printf '%.1000000000f' 1 >/dev/null")
    check(code == 0 and out.strip() == "1000000000", "printf failed",
          code, out)
    check(rss < 200 * 1024 * 1024,
          "peak RSS %d MB for a 1 GB precision: built in memory" % (rss >> 20))


if __name__ == "__main__":
    main()

"""Runs every tests/sig/test_*.py case under several shells, side by side.

    python3 tests/sig/compare.py [SHELL...]

Default shells: $COSH (or ./cosh), bash, dash, mksh, yash, "busybox sh".
Prints one row per case ("ok", "FAIL", "-" for skipped) and, at the end,
the cases each shell fails that cosh passes.  Not part of `make check`.
The other shells run in parallel with cosh: rerun a case alone
(SIGTEST_ONLY=name SHELL_UNDER_TEST=sh python3 tests/sig/test_X.py) before
trusting a failure that looks like a matter of timing.
"""
import glob
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    shells = sys.argv[1:]
    if not shells:
        cosh = os.environ.get("COSH") or os.path.abspath("cosh")
        shells = [cosh] + [s for s in ("bash", "dash", "mksh", "yash")
                           if shutil.which(s)]
        if shutil.which("busybox"):
            shells.append(shutil.which("busybox") + " sh")
    names = [os.path.basename(s.split()[0]) if " " not in s else
             " ".join(os.path.basename(w) for w in s.split()) for s in shells]
    results = {}
    order = []
    jobs = []
    # One run per shell and test file, all at once: the failing cases of
    # other shells mostly wait for time-outs.
    for path in sorted(glob.glob(os.path.join(HERE, "test_*.py"))):
        for sh, name in zip(shells, names):
            if not sh.startswith("/"):
                first, _, rest = sh.partition(" ")
                sh = shutil.which(first) + (" " + rest if rest else "")
            env = dict(os.environ, SHELL_UNDER_TEST=sh, SIGTEST_REPORT="1")
            if name.startswith("cosh"):
                env.pop("SHELL_UNDER_TEST")
                env["COSH"] = sh
            p = subprocess.Popen([sys.executable, path], env=env,
                                 stdout=subprocess.PIPE, text=True)
            jobs.append((path, name, p))
    for path, name, p in jobs:
        group = os.path.basename(path)[5:-3]
        out, _ = p.communicate()
        for line in out.splitlines():
            word, _, rest = line.partition(" ")
            if word not in ("PASS", "FAIL", "SKIP"):
                continue
            case = group + "/" + rest.split(":")[0].split(" ")[0]
            if case not in results:
                results[case] = {}
                order.append(case)
            results[case][name] = {"PASS": "ok", "FAIL": "FAIL",
                                   "SKIP": "-"}[word]
    width = max(len(c) for c in order) if order else 10
    print("%-*s  %s" % (width, "case", "  ".join("%-10s" % n for n in names)))
    for c in order:
        print("%-*s  %s" % (width, c, "  ".join(
            "%-10s" % results[c].get(n, "?") for n in names)))
    print()
    base = names[0]
    for n in names[1:]:
        lost = [c for c in order if results[c].get(base) == "ok"
                and results[c].get(n) == "FAIL"]
        print("%s fails %d that %s passes: %s" % (n, len(lost), base,
                                                 ", ".join(lost) or "none"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""difffuzz: run diffgen's programs under cosh and dash (bash --posix as
the tie-breaker) and report the programs where cosh disagrees with both.

    difffuzz.py --cosh ./cosh [-n N] [--seed S] [--first K]
                [--known tests/fuzz/diff-known.txt] [--findings DIR]
    difffuzz.py --cosh ./cosh --replay PROG.sh

What is compared: stdout, the exit status, and whether stderr is empty;
cosh diverges when one of those three parts of its result is neither
dash's nor bash's.  The text on stderr
is not compared: error messages are worded differently by design.  A
shell killed by the time limit has the status "timeout".

Each program runs in a fresh temporary directory (the same path for
each shell, so that `pwd` compares), as `prog.sh` there,
with stdin from /dev/null, the environment emptied but for PATH, HOME
(the directory) and LC_ALL=C, under `env --default-signal`, in a session
of its own that is killed when the time is up.

A divergence (cosh differs from dash and from bash) is shrunk: statements
are deleted and compound commands replaced by their bodies while the
divergence stays, then single lines are deleted (but not the lines that
give n, m and the loop counters their numbers).  The smallest program is
written to FINDINGS/NNNN-seedS-iI.sh with the three results beside it
(.txt).  A finding whose program matches one of the patterns in the
known-differences file is counted as known.  The exit status is 1 if
there is a finding that is not known, else 0.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# No __pycache__ in the source tree (make dist ships tests/fuzz whole).
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import diffgen  # noqa: E402

PATH = "/usr/local/bin:/usr/bin:/bin"


class Runner:
    def __init__(self, cosh, timeout, stderr):
        self.shells = {
            "cosh": [cosh],
            "dash": [shutil.which("dash") or "dash"],
            "bash": [shutil.which("bash") or "bash", "--posix"],
        }
        self.timeout = timeout
        self.stderr = stderr
        self.base = tempfile.mkdtemp(prefix="difffuzz.")
        self.runs = 0

    def close(self):
        subprocess.run(["chmod", "-R", "u+rwx", self.base], stderr=subprocess.DEVNULL)
        shutil.rmtree(self.base, ignore_errors=True)

    def run(self, name, text):
        """Run TEXT under shell NAME: (stdout, status, stderr non-empty)."""
        self.runs += 1
        # Always the same path, so that output naming it (pwd) compares.
        d = os.path.join(self.base, "w")
        os.mkdir(d)
        with open(os.path.join(d, "prog.sh"), "w") as f:
            f.write(text)
        argv = ["env", "--default-signal", "-i", "PATH=" + PATH, "HOME=" + d,
                "LC_ALL=C"] + self.shells[name] + ["prog.sh"]
        p = subprocess.Popen(argv, cwd=d, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True)
        try:
            out, err = p.communicate(timeout=self.timeout)
            status = str(p.returncode if p.returncode >= 0 else 128 - p.returncode)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            out, err = p.communicate()
            status = "timeout"
        # Whatever the program left running in its session goes too.
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        subprocess.run(["chmod", "-R", "u+rwx", d], stderr=subprocess.DEVNULL)
        shutil.rmtree(d, ignore_errors=True)
        return (out, status, bool(err) if self.stderr else None), err

    def verdict(self, text):
        """None if each part of cosh's result (stdout, status, stderr
        empty) is dash's or bash's, else the three results (with the
        stderr texts)."""
        c, cerr = self.run("cosh", text)
        d, derr = self.run("dash", text)
        if c == d:
            return None
        b, berr = self.run("bash", text)
        if not diverging_parts(c, d, b):
            return None
        return {"cosh": (c, cerr), "dash": (d, derr), "bash": (b, berr)}


PART_NAMES = ("stdout", "status", "stderr")


def diverging_parts(c, d, b):
    """The parts of result C that are neither D's nor B's.  A program on
    which cosh takes dash's stdout and bash's status (say) combines two
    places where dash and bash disagree and cosh sides with one of them:
    not a divergence."""
    return [i for i in range(len(c)) if c[i] != d[i] and c[i] != b[i] and
            not (i == 0 and same_lines(c[0], d[0], b[0]))]


def same_lines(c, d, b):
    """Is output C, line by line, a mix of D and B: each line the same
    line of D or of B, and as many lines as one of them?  The same mix as
    above, line by line: `$?` printed after an error that has status 2 in
    dash and 1 in bash, below a line where cosh sides with dash, or a
    script that ends where dash's ends on lines where cosh sides with
    bash."""
    cl, dl, bl = c.split(b"\n"), d.split(b"\n"), b.split(b"\n")
    if len(cl) not in (len(dl), len(bl)):
        return False
    return all((i < len(dl) and x == dl[i]) or (i < len(bl) and x == bl[i])
               for i, x in enumerate(cl))


def is_alone(res):
    """Do dash and bash agree on every part where cosh diverges?"""
    c, d, b = res["cosh"][0], res["dash"][0], res["bash"][0]
    return all(d[i] == b[i] for i in diverging_parts(c, d, b))


# ------------------------------------------------------------- shrinking
def lists_of(nodes):
    """Every statement list in the tree, the top one first."""
    out = [nodes]
    for n in nodes:
        for b in n.bodies:
            out.extend(lists_of(b))
    return out


def shrink_tree(nodes, diverges):
    """Delete statements and hoist bodies while diverges(text) holds."""
    changed = True
    while changed:
        changed = False
        for lst in lists_of(nodes):
            i = 0
            while i < len(lst):
                node = lst[i]
                if node.keep:
                    i += 1
                    continue
                # delete the statement
                del lst[i]
                if diverges(diagen_text(nodes)):
                    changed = True
                    continue
                lst.insert(i, node)
                # replace a compound command by one of its bodies
                hoisted = False
                for b in node.bodies:
                    lst[i:i + 1] = b
                    if diverges(diagen_text(nodes)):
                        hoisted = changed = True
                        break
                    lst[i:i + len(b)] = [node]
                if not hoisted:
                    i += 1
            if changed:
                break
    return diagen_text(nodes)


def diagen_text(nodes):
    return diffgen.render_list(nodes)


# The line that starts a loop counter: without it, the test of an unset
# counter is an error worded and counted differently by every shell.
COUNTER_INIT = re.compile(r"^\s*_k[0-9]+=0$")


def shrink_lines(text, diverges, keep=()):
    """Delete chunks of lines, then single lines, while the divergence
    stays; lines in KEEP and loop counter starts stay."""
    lines = text.rstrip("\n").split("\n")
    chunk = max(1, len(lines) // 2)
    while chunk >= 1:
        i = 0
        while i < len(lines):
            cand = lines[:i] + lines[i + chunk:]
            if any(l in keep or COUNTER_INIT.match(l) for l in lines[i:i + chunk]):
                i += chunk
                continue
            if cand and diverges("\n".join(cand) + "\n"):
                lines = cand
            else:
                i += chunk
        chunk //= 2
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- known
def load_known(path):
    """The known differences: blocks of `id:`, `reason:` and `match:`
    lines (a Python regular expression searched in the shrunk program,
    multi-line mode), separated by blank lines; # starts a comment."""
    known = []
    if not path or not os.path.exists(path):
        return known
    entry = {}
    with open(path) as f:
        for line in list(f) + [""]:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if entry:
                    if "id" not in entry or "match" not in entry:
                        sys.exit("%s: an entry without id or match: %r" % (path, entry))
                    entry["re"] = re.compile(entry["match"], re.M)
                    known.append(entry)
                entry = {}
                continue
            key, _, val = line.partition(":")
            key = key.strip()
            if key not in ("id", "reason", "match"):
                sys.exit("%s: unknown field %r" % (path, key))
            val = val.strip()
            entry[key] = entry[key] + " " + val if key in entry and key == "reason" else val
    return known


def known_as(known, text):
    for e in known:
        if e["re"].search(text):
            return e["id"]
    return None


def describe(res):
    out = []
    for name in ("cosh", "dash", "bash"):
        (stdout, status, errflag), err = res[name]
        out.append("==== %s: status %s, stderr %s" % (
            name, status, "empty" if not err else "non-empty"))
        out.append(stdout.decode(errors="replace").rstrip("\n"))
        if err:
            out.append("---- stderr")
            out.append(err.decode(errors="replace").rstrip("\n"))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cosh", required=True)
    ap.add_argument("-n", type=int, default=100, help="programs to run")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--first", type=int, default=0, help="index of the first program")
    ap.add_argument("--known", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "diff-known.txt"))
    ap.add_argument("--findings", default="fuzz-findings")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--no-stderr", action="store_true",
                    help="do not compare whether stderr is empty")
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--shrink-time", type=float, default=300.0,
                    help="seconds to spend shrinking one divergence")
    ap.add_argument("--replay", help="run one program file and show the three results")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args()

    cosh = os.path.abspath(a.cosh)
    runner = Runner(cosh, a.timeout, not a.no_stderr)
    known = load_known(a.known)
    try:
        if a.replay:
            with open(a.replay) as f:
                text = f.read()
            res = {n: runner.run(n, text) for n in ("cosh", "dash", "bash")}
            sys.stdout.write(describe(res))
            k = known_as(known, text)
            div = bool(diverging_parts(res["cosh"][0], res["dash"][0], res["bash"][0]))
            print("==== %s%s" % ("divergence" if div else "no divergence",
                                 " (known: %s)" % k if k and div else ""))
            return 1 if div and not k else 0
        return campaign(a, runner, known)
    finally:
        runner.close()


def campaign(a, runner, known):
    os.makedirs(a.findings, exist_ok=True)
    start = time.time()
    found = new = flaky = 0
    seen = set()
    ids = {}
    for i in range(a.first, a.first + a.n):
        nodes = diffgen.generate(a.seed, i)
        text = diffgen.render_list(nodes)
        res = runner.verdict(text)
        if res is None:
            if not a.quiet and (i - a.first + 1) % 500 == 0:
                print("difffuzz: %d programs, %d divergences, %.0fs" % (
                    i - a.first + 1, found, time.time() - start), flush=True)
            continue
        # A divergence must show again, twice: one that comes and goes
        # depends on scheduling (a generator bug), not on the shell.
        if any(runner.verdict(text) is None for _ in range(2)):
            flaky += 1
            print("difffuzz: program %s:%d: FLAKY divergence, not counted" % (a.seed, i), flush=True)
            continue
        found += 1
        if not a.no_shrink:
            # Prefer a program where dash and bash agree and cosh alone
            # differs: as soon as one is found, shrink only among those,
            # so a mix of two differences splits into the one that is
            # cosh's own.
            alone = [is_alone(res)]
            # A program that runs into the time limit makes every
            # candidate cost seconds: shrinking stops after a budget.
            until = time.time() + a.shrink_time

            def diverges(t):
                if time.time() > until:
                    return False
                v = runner.verdict(t)
                if v is None:
                    return False
                if is_alone(v):
                    alone[0] = True
                    return True
                return not alone[0]

            def diverges_twice(t):
                return diverges(t) and diverges(t)
            text = shrink_tree(nodes, diverges_twice)
            keep = set(n.render() for n in nodes if n.keep)
            text = shrink_lines(text, diverges_twice, keep)
            res = runner.verdict(text) or res
        k = known_as(known, text)
        if k:
            ids[k] = ids.get(k, 0) + 1
            if not a.quiet:
                print("difffuzz: program %s:%d: known difference %s" % (a.seed, i, k), flush=True)
            continue
        new += 1
        if text in seen:
            continue
        seen.add(text)
        base = os.path.join(a.findings, "%04d-seed%s-i%d" % (len(seen), a.seed, i))
        with open(base + ".sh", "w") as f:
            f.write(text if text.endswith("\n") else text + "\n")
        with open(base + ".txt", "w") as f:
            f.write(describe(res))
        kind = "cosh alone" if is_alone(res) else "three ways"
        kind += ", " + "+".join(PART_NAMES[j] for j in diverging_parts(
            res["cosh"][0], res["dash"][0], res["bash"][0]))
        print("difffuzz: program %s:%d: DIVERGENCE (%s), shrunk to %s.sh:" % (a.seed, i, kind, base))
        sys.stdout.write("    " + text.replace("\n", "\n    ").rstrip() + "\n")
        sys.stdout.flush()
    print("difffuzz: seed %s, programs %d..%d: %d run, %d divergences "
          "(%d known%s, %d not known, %d distinct), %d flaky, %d shell runs, %.0fs" % (
              a.seed, a.first, a.first + a.n - 1, a.n, found, found - new,
              "".join(", %s %d" % kv for kv in sorted(ids.items())) and
              " [" + ", ".join("%s %d" % kv for kv in sorted(ids.items())) + "]",
              new, len(seen), flaky, runner.runs, time.time() - start))
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())

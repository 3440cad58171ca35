"""What children inherit (DESIGN.md sections 3 and 8), kill, and 128+n.

A child's dispositions are read by grep from its own /proc/self/status and
decoded by helper.py sigmask: the ignored set and the blocked set."""
import signal

import sys
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from siglib import case, check, main, run

def sigstate(script, **kw):
    r = run(script, **kw)
    lines = {}
    for line in r.out.splitlines():
        tag, _, rest = line.partition(" ")
        key, _, val = rest.partition(": ")
        lines.setdefault(tag, {})[key] = set(val.split())
    return r, lines


@case
def exec_child_resets_caught_keeps_trap_ignores_empty_mask():
    r, st = sigstate(r"""
trap 'echo x' USR1 TERM INT
trap '' USR2
grep '^Sig' /proc/self/status > s
$HELPER sigmask s | sed 's/^/fg /'
""")
    fg = st.get("fg")
    check(fg is not None, "no state", r)
    check("USR2" in fg["ign"], "trap '' is inherited", r)
    check(not {"USR1", "TERM", "INT", "CHLD", "QUIT"} & fg["ign"],
          "caught signals go back to default", r)
    check(fg["blk"] == set(), "the mask is empty", r)


@case
def async_child_without_job_control_ignores_int_quit():
    r, st = sigstate(r"""
grep '^Sig' /proc/self/status > s &
wait
$HELPER sigmask s | sed 's/^/bg /'
(grep '^Sig' /proc/self/status > s2) &
wait
$HELPER sigmask s2 | sed 's/^/sub /'
""")
    for tag in ("bg", "sub"):
        check(tag in st and {"INT", "QUIT"} <= st[tag]["ign"],
              "%s: SIGINT and SIGQUIT ignored" % tag, r)
        check(st[tag]["blk"] == set(), "%s: empty mask" % tag, r)


@case
def async_builtin_subshell_ignores_int_quit():
    # A subshell that runs builtins only keeps SIGINT and SIGQUIT away
    # (cosh blocks them instead of a rt_sigaction each); sent right after
    # '&' they change nothing, and what it execs later ignores them with
    # an empty mask (XCU 2.11).  dash's subshell can die of them: they
    # may come before it ignores them, when its handler is still set.
    r, st = sigstate(r"""
( i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo done > out ) &
p=$!
kill -INT $p; kill -QUIT $p
wait $p
echo "st=$?" > st
( i=0; while [ $i -lt 100 ]; do i=$((i+1)); done
  grep '^Sig' /proc/self/status > s3; : ) &
kill -INT $!
wait
$HELPER sigmask s3 | sed 's/^/exec /'
""")
    check(r.file("out") == "done\n" and r.file("st") == "st=0\n",
          "the subshell ran to its end", r)
    check("exec" in st and {"INT", "QUIT"} <= st["exec"]["ign"]
          and st["exec"]["blk"] == set(),
          "its command ignores SIGINT and SIGQUIT, empty mask", r)


@case
def background_children_reaped_without_wait():
    # A script that never waits does not keep hundreds of zombies: cosh
    # reaps its finished background children in batches.
    r = run(r"""
i=0
while [ $i -lt 300 ]; do true & i=$((i + 1)); done
read -r kids < /proc/$$/task/$$/children
set -- $kids
[ $# -le 70 ] && echo bounded || echo "children: $#"
""", timeout=30)
    check(r.out == "bounded\n", "at most a batch of children left", r)


@case
def sigchld_ignored_on_entry_still_waits():
    # SIGCHLD ignored by the shell's parent would let the kernel reap the
    # children before the shell hears their statuses.
    r = run(r"""
sh -c 'exit 3'; echo "fg=$?"
sh -c 'exit 4' & wait $!; echo "bg=$?"
x=$(sh -c 'echo out; exit 5'); echo "cmdsub=$? $x"
""", ignore=(signal.SIGCHLD,))
    check(r.out == "fg=3\nbg=4\ncmdsub=5 out\n", "statuses seen", r)


@case
def async_child_with_job_control_does_not_ignore_int():
    r, st = sigstate(r"""
set -m
grep '^Sig' /proc/self/status > s &
wait
$HELPER sigmask s | sed 's/^/bg /'
""")
    check("bg" in st and not {"INT", "QUIT"} & st["bg"]["ign"],
          "with set -m the job gets SIGINT", r)


@case
def subshell_and_pipeline_children_clean():
    r, st = sigstate(r"""
trap 'echo x' USR1
( grep '^Sig' /proc/self/status > s1; : )
grep '^Sig' /proc/self/status | cat > s2
$HELPER sigmask s1 | sed 's/^/sub /'
$HELPER sigmask s2 | sed 's/^/pipe /'
""")
    for tag in ("sub", "pipe"):
        check(tag in st and not {"USR1", "INT", "QUIT"} & st[tag]["ign"]
              and st[tag]["blk"] == set(), "%s: clean" % tag, r)


@case
def ignored_on_entry_inherited():
    r, st = sigstate(r"""
grep '^Sig' /proc/self/status > s
$HELPER sigmask s | sed 's/^/fg /'
""", ignore=(signal.SIGUSR1, signal.SIGTERM))
    check("fg" in st and {"USR1", "TERM"} <= st["fg"]["ign"],
          "what the shell's parent ignored stays ignored", r)


@case
def kill_bang_right_after_fork_never_lost():
    r = run(r"""
trap 'echo parent-term' TERM
i=0; bad=0
while [ $i -lt 100 ]; do
	sleep 5 & kill $!; wait $!; [ $? -eq 143 ] || bad=$((bad+1))
	{ sleep 5; } & kill $!; wait $!; [ $? -eq 143 ] || bad=$((bad+1))
	i=$((i+1))
done
echo "bad=$bad"
""", timeout=30)
    check(r.out == "bad=0\n" and r.code == 0, "every kill lands", r)


@case
def kill_list_and_names():
    r = run(r"""
kill -l 130; kill -l 143; kill -l 2
# The format of the full list is unspecified: look for the names as words.
kill -l | grep -Eq '(^|[^A-Z])(SIG)?INT([^A-Z]|$)' &&
	kill -l | grep -Eq '(^|[^A-Z])(SIG)?TERM([^A-Z]|$)' && echo list-ok
""")
    check(r.out == "INT\nTERM\nINT\nlist-ok\n", "kill -l", r)


@case
def kill_l_name_gives_number():
    # An extension (bash, cosh): POSIX defines only kill -l exit_status.
    r = run("kill -l INT; kill -l sigterm")
    check(r.out == "%d\n%d\n" % (signal.SIGINT, signal.SIGTERM), "numbers", r)


@case
def kill_forms():
    r = run(r"""
trap 'echo usr1' USR1; trap 'echo usr2' USR2; trap 'echo term' TERM
kill -s USR1 $$; kill -USR2 $$; kill -s TERM $$; kill $$
kill -s usr1 $$
kill -s 0 $$; echo "zero=$?"; kill -0 $$; echo "zero=$?"
kill -s 0 99999999 2>/dev/null; echo "gone=$([ $? -ne 0 ] && echo yes)"
kill -s NOSUCH $$ 2>/dev/null; echo "bad=$([ $? -ne 0 ] && echo yes)"
""")
    check(r.out == "usr1\nusr2\nterm\nterm\nusr1\nzero=0\nzero=0\n"
          "gone=yes\nbad=yes\n", "kill forms", r)


@case
def statuses_128_plus_n():
    r = run(r"""
sh -c 'kill -TERM $$'; echo $?
sh -c 'kill -USR1 $$'; echo $?
sh -c 'kill -KILL $$' | cat; echo $?
echo | sh -c 'kill -HUP $$'; echo $?
sleep 5 & kill -HUP $!; wait $!; echo $?
""")
    check(r.out == "143\n138\n0\n129\n129\n", "128+n", r)


if __name__ == "__main__":
    main()

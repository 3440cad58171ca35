"""Ctrl-C in scripts: wait and cooperative exit (DESIGN.md section 5).

The driver sends SIGINT (or SIGQUIT) to the shell's whole process group,
the way a terminal does on Ctrl-C, once the foreground child has said it is
ready (helper.py writes its pid to a file).  Judged by how the shell ended,
by files its commands and traps wrote, and by their order."""
import os
import signal
import time

import sys
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from siglib import Run, case, check, main, run

INT, QUIT = signal.SIGINT, signal.SIGQUIT


def interrupt(script, sig=INT, ready="ready", files=None, target="group"):
    r = Run(script, files=files)
    pid = int(r.wait_file(ready))
    if target == "group":
        r.killpg(sig)
    elif target == "child":
        os.kill(pid, sig)
    return r.finish()


def died_of(r, sig):
    check(r.signal == sig, "the shell should die of %s" %
          signal.Signals(sig).name, r)


@case
def child_dies_of_int_shell_dies_of_int():
    r = interrupt(r"""
trap 'echo exit-trap > exited' EXIT
$HELPER wait ready
echo after > after
""")
    died_of(r, INT)
    check(r.file("after") is None, "the script must stop", r)
    check(r.file("exited") == "exit-trap\n", "EXIT trap runs first", r)


@case
def child_dies_of_quit_shell_dies_of_quit():
    r = interrupt("$HELPER wait ready; echo after > after", sig=QUIT)
    died_of(r, QUIT)
    check(r.file("after") is None, "the script must stop", r)


@case
def child_handles_int_script_goes_on():
    r = interrupt(r"""
$HELPER wait ready handle INT 3
echo "st=$?" > after
""")
    check(r.code == 0 and r.file("after") == "st=3\n",
          "the script goes on with the child's status", r)


@case
def child_handles_int_with_status_0_script_goes_on():
    r = interrupt(r"""
$HELPER wait ready handle INT 0
echo "st=$?" > after
""")
    check(r.code == 0 and r.file("after") == "st=0\n", "goes on", r)


@case
def only_child_killed_script_goes_on_with_130():
    r = interrupt(r"""
$HELPER wait ready
echo "st=$?" > after
""", target="child")
    check(r.code == 0 and r.file("after") == "st=130\n",
          "goes on with 130", r)


@case
def shell_alone_gets_int_child_exits_script_goes_on():
    r = Run(r"""
$HELPER wait ready handle TERM 0
echo "st=$?" > after
""")
    child = int(r.wait_file("ready"))
    os.kill(r.pid, INT)
    time.sleep(0.1)
    os.kill(child, signal.SIGTERM)
    r = r.finish()
    check(r.code == 0 and r.file("after") == "st=0\n",
          "the recorded SIGINT is dropped", r)


@case
def int_trap_runs_after_child_and_script_goes_on():
    r = interrupt(r"""
trap 'echo "trap $?" >> log' INT
$HELPER wait ready
echo "after $?" >> log
""")
    check(r.code == 0 and r.file("log") == "trap 130\nafter 130\n",
          "trap after the child, then the next command", r)


@case
def int_trap_runs_when_child_handled_it():
    # bash does the same: the shell got SIGINT and traps it.
    r = interrupt(r"""
trap 'echo trap >> log' INT
$HELPER wait ready handle INT 0
echo after >> log
""")
    check(r.code == 0 and r.file("log") == "trap\nafter\n", "trap, after", r)


@case
def int_trap_that_exits():
    r = interrupt("trap 'exit 7' INT; $HELPER wait ready; echo after > after")
    check(r.code == 7 and r.file("after") is None, "exit 7", r)


@case
def reset_and_kill_self_idiom():
    r = interrupt(r"""
trap 'echo cleanup > c; trap - INT; kill -INT $$' INT
$HELPER wait ready
echo after > after
""")
    died_of(r, INT)
    check(r.file("c") == "cleanup\n" and r.file("after") is None,
          "cleanup ran, script stopped", r)


@case
def nested_scripts_pass_the_death_up():
    r = interrupt(r"""
trap 'echo outer >> exits' EXIT
$SH ./inner.sh
echo outer-after > after
""", files={"inner.sh": "trap 'echo inner >> exits' EXIT\n"
            "$HELPER wait ready\necho inner-after > after\n"})
    died_of(r, INT)
    check(r.file("after") is None, "neither script goes on", r)
    check(r.file("exits") == "inner\nouter\n", "both EXIT traps", r)


@case
def nested_script_whose_child_handles_int():
    r = interrupt(r"""
$SH ./inner.sh; echo "inner=$?" >> log
echo outer-after >> log
""", files={"inner.sh": "$HELPER wait ready handle INT 4\n"
            "echo \"child=$?\" >> log\n"})
    check(r.code == 0 and r.file("log") ==
          "child=4\ninner=0\nouter-after\n", "both go on", r)


@case
def sh_c_chain_passes_the_death_up():
    r = interrupt(r"""
$SH -c '$SH -c "\$HELPER wait ready; echo 3 >> log"; echo 2 >> log'
echo 1 >> log
""")
    died_of(r, INT)
    check(r.file("log") is None, "nobody goes on", r)


@case
def subshell_passes_the_death_up():
    r = interrupt(r"""
( $HELPER wait ready; echo sub-after > after ); echo after >> after
""")
    died_of(r, INT)
    check(r.file("after") is None, "nobody goes on", r)


@case
def cmdsub_passes_the_death_up():
    r = interrupt(r"""
x=$($HELPER wait ready; echo inner)
echo "after [$x]" > after
""")
    died_of(r, INT)
    check(r.file("after") is None, "the script stops", r)


@case
def pipeline_dies_of_int():
    r = interrupt(r"""
$HELPER wait ready | cat
echo after > after
""")
    died_of(r, INT)
    check(r.file("after") is None, "the script stops", r)


@case
def int_in_builtin_loop_acts_at_once():
    r = interrupt(r"""
trap 'echo exit-trap > exited' EXIT
echo $$ > ready
while :; do :; done
""")
    died_of(r, INT)
    check(r.file("exited") == "exit-trap\n", "EXIT trap ran", r)


@case
def int_in_wait_acts_at_once():
    r = interrupt(r"""
sleep 10 &
echo $$ > ready
wait
echo after > after
""")
    died_of(r, INT)
    check(r.file("after") is None, "the script stops", r)


@case
def int_trap_interrupts_wait():
    r = interrupt(r"""
trap 'echo trap >> log' INT
# The job ends only after the first wait was interrupted: no race with
# the signal however loaded the machine is.
(until grep -q wait= log 2>/dev/null; do sleep 0.05; done; exit 3) & p=$!
echo $$ > ready
wait $p; echo "wait=$?" >> log
wait $p; echo "again=$?" >> log
""")
    check(r.code == 0 and r.file("log") == "trap\nwait=130\nagain=3\n",
          "trap, 130, real status", r)


@case
def async_list_ignores_int_and_quit():
    r = Run(r"""
$HELPER wait bgready & bg=$!
$HELPER wait ready ignore INT ignore QUIT handle TERM 0
kill -0 $bg && echo bg-alive > result
kill $bg
""")
    r.wait_file("bgready")
    fg = int(r.wait_file("ready"))
    r.killpg(INT)
    r.killpg(QUIT)
    time.sleep(0.2)
    os.kill(fg, signal.SIGTERM)
    r = r.finish()
    check(r.code == 0 and r.file("result") == "bg-alive\n",
          "the background job survives", r)


@case
def quit_trap():
    r = interrupt(r"""
trap 'echo quit-trap >> log' QUIT
$HELPER wait ready
echo "after $?" >> log
""", sig=QUIT)
    check(r.code == 0 and r.file("log") == "quit-trap\nafter 131\n",
          "trap then go on", r)


@case
def int_ignored_on_entry_stays_ignored():
    r = Run(r"""
trap 'echo trapped > t' INT
$HELPER wait ready handle TERM 0
echo "st=$?" > after
""", ignore=(INT,))
    child = int(r.wait_file("ready"))
    r.killpg(INT)
    time.sleep(0.1)
    os.kill(child, signal.SIGTERM)
    r = r.finish()
    check(r.code == 0 and r.file("after") == "st=0\n" and r.file("t") is None,
          "SIGINT is ignored by shell and child", r)


@case
def job_sends_int_to_shell_script_stops():
    # The premise of the rule (shell and job got it together) does not
    # hold: the job asks the shell to stop, and it does, by the signal.
    r = run(r"""
trap 'echo exit-trap > exited' EXIT
sh -c 'kill -INT $PPID'
echo after > after
""")
    died_of(r, INT)
    check(r.file("after") is None, "the script must stop", r)
    check(r.file("exited") == "exit-trap\n", "EXIT trap runs first", r)


@case
def job_sends_quit_to_shell_script_stops():
    r = run("sh -c 'kill -QUIT $PPID; exit 0'; echo after > after")
    died_of(r, QUIT)
    check(r.file("after") is None, "the script must stop", r)


@case
def job_sends_int_to_trapping_shell_trap_runs():
    r = run(r"""
trap 'echo trapped >> log' INT
sh -c 'kill -INT $PPID; exit 4'
echo "after $?" >> log
""")
    check(r.code == 0 and r.file("log") == "trapped\nafter 4\n",
          "the trap runs after the job, then the script goes on", r)


if __name__ == "__main__":
    main()

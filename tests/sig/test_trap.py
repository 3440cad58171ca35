"""trap in full (DESIGN.md section 6): the forms, listing that re-reads as
input, conditions by name and number, when actions run, $? around them, the
EXIT trap, subshells, read and wait interrupted by trapped signals."""
import signal

import sys
sys.dont_write_bytecode = True  # no __pycache__ in the source tree

from siglib import case, check, main, run


def expect(script, out, code=0, **kw):
    r = run(script, **kw)
    check(r.out == out and r.code == code,
          "expected stdout %r and exit %d" % (out, code), script, r)
    return r


@case
def listing_rereads_as_input():
    expect(r"""
trap 'echo "it'\''s $x"; x=1' USR1
trap 'echo term' TERM
trap '' HUP
trap 'echo bye' EXIT
saved=$(trap)
trap - USR1 TERM HUP EXIT
[ -z "$(trap)" ] && echo cleared
eval "$saved"
[ "$(trap)" = "$saved" ] && echo same
x=0; kill -USR1 $$; echo "x=$x"
""", "cleared\nsame\nit's 0\nx=1\nbye\n")


@case
def trap_p_rereads_as_input():
    expect(r"""
trap 'echo a\ b; echo "$((1+1))"' INT
trap -p INT > saved
trap - INT
. ./saved
kill -INT $$
trap 'echo q' QUIT
trap -p | grep -c trap
""", "a b\n2\n2\n")


@case
def conditions_by_name_number_any_case():
    expect(r"""
for c in USR1 usr1 SIGUSR1 sigusr1 SigUsr1 10; do
	trap "echo $c" "$c"; kill -USR1 $$
done
trap 'echo zero' 0; trap - 0; trap 'echo exit' exit
""", "USR1\nusr1\nSIGUSR1\nsigusr1\nSigUsr1\n10\nexit\n")


@case
def numeric_first_operand_resets():
    expect(r"""
trap 'echo hup' HUP; trap 'echo int' INT
trap 1 2
[ -z "$(trap)" ] && echo reset
""", "reset\n")


@case
def unknown_condition_is_an_error_and_shell_goes_on():
    r = run(r"""
trap 'echo x' NOSUCHSIG; echo "st=$?"
trap 'echo y' 12345; echo "st=$?"
echo alive
""")
    check(r.code == 0 and "alive\n" in r.out
          and "st=0" not in r.out and r.out.count("st=") == 2
          and r.err != "", "non-zero status, message, carry on", r)


@case
def trap_runs_after_foreground_command():
    # The child sends the signal and goes on for a while: the action runs
    # only when it has ended, before the next command.
    expect(r"""
trap 'echo trapped' USR1
sh -c 'kill -USR1 $PPID; sleep 0.2; echo child-done'
echo next
""", "child-done\ntrapped\nnext\n")


@case
def trap_runs_between_commands_of_a_builtin_loop():
    expect(r"""
n=0
trap 'n=$((n+1)); echo trap' USR1
kill -USR1 $$; echo after-kill
i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo "n=$n"
""", "trap\nafter-kill\nn=1\n")


@case
def status_inside_action_and_restored():
    expect(r"""
trap 'echo "in=$?"; false' USR1
sh -c 'kill -USR1 $PPID; exit 3'
echo "after=$?"
""", "in=3\nafter=3\n")


@case
def bare_exit_in_trap_uses_status_before_it():
    expect(r"""
trap 'false; exit' USR1
sh -c 'kill -USR1 $PPID; exit 5'
echo not-reached
""", "", 5)


@case
def bare_exit_in_exit_trap_keeps_status():
    expect("trap 'false; exit' EXIT; exit 4", "", 4)


@case
def exit_in_trap_with_operand():
    expect(r"""
trap 'echo bye $?' EXIT
trap 'echo usr1; exit 4' USR1
kill -USR1 $$
echo not-reached
""", "usr1\nbye 4\n", 4)


# Sends the signal once the shell has said it is about to wait and is
# asleep (state S in /proc), so that the signal comes during the wait
# and the job ends only after the trap ran, however loaded the machine.
SEND_WHEN_WAITING = r"""send_when_waiting() {
  (until [ -e waiting ] && read -r _ _ st _ < /proc/$$/stat &&
          [ "$st" = S ]; do sleep 0.02; done; kill -$1 $$) &
  : > waiting
}
"""


@case
def wait_interrupted_returns_128_plus_n_then_real_status():
    expect(SEND_WHEN_WAITING + r"""
trap 'echo trap; : > go' USR1
(until [ -e go ]; do sleep 0.02; done; exit 7) & p=$!
send_when_waiting USR1
wait $p; echo "first=$?"
wait $p; echo "again=$?"
""", "trap\nfirst=138\nagain=7\n")


@case
def wait_without_operands_interrupted():
    expect(SEND_WHEN_WAITING + r"""
trap 'echo trap; : > go' USR2
(until [ -e go ]; do sleep 0.02; done; exit 7) &
send_when_waiting USR2
wait; echo "st=$?"
wait; echo "st=$?"
""", "trap\nst=140\nst=0\n")


@case
def exit_in_trap_during_wait():
    expect(r"""
trap 'exit 3' USR1
sleep 5 &
(sleep 0.1; kill -USR1 $$) &
wait $!
echo not-reached
""", "", 3)


@case
def read_interrupted_keeps_every_byte():
    expect(r"""
trap 'echo T >> log' USR1
mkfifo f
(printf 'hel'; sleep 0.2; kill -USR1 $$; sleep 0.2; printf 'lo wor'
 kill -USR1 $$; sleep 0.1; printf 'ld\nnext\n') > f &
read a b < f
echo "[$a][$b]"; cat log
""", "[hello][world]\nT\nT\n")


@case
def read_interrupted_by_trap_that_exits():
    expect(r"""
trap 'exit 6' USR1
mkfifo f
(sleep 0.1; kill -USR1 $$; sleep 1; echo late) > f &
read a < f
echo not-reached
""", "", 6)


@case
def subshell_resets_caught_keeps_ignored():
    expect(r"""
trap 'echo parent-usr1' USR1
trap '' USR2
(sh -c 'kill -USR1 $PPID'; echo survived); echo "caught-reset=$?"
(sh -c 'kill -USR2 $PPID'; echo survived-ignored); echo "st=$?"
sh -c 'kill -USR2 $$; echo child-inherits-ignore'
(trap) | grep -c USR
""", "caught-reset=138\nsurvived-ignored\nst=0\n"
         "child-inherits-ignore\n2\n")


@case
def cmdsub_lists_parent_traps():
    expect(r"""
trap 'echo hi' USR1
x=$(trap)
case $x in *'echo hi'*USR1*) echo listed;; esac
y=$(trap 'echo own' USR2; trap)
case $y in *'echo hi'*) echo still-parent;; *own*) echo own;; esac
""", "listed\nown\n")


@case
def exit_trap_end_of_input():
    expect("trap 'echo bye' EXIT; echo hi", "hi\nbye\n")


@case
def exit_trap_exit_n_keeps_status():
    expect("trap 'echo bye $?; false' EXIT; exit 3", "bye 3\n", 3)


@case
def exit_trap_runs_whole_after_exit_in_a_trap():
    expect(r"""
trap 'sh -c "exit 9"; echo "bye $?"; true' EXIT
trap 'exit 4' USR1
i=0; while [ $i -lt 5 ]; do i=$((i+1)); [ $i -eq 3 ] && kill -USR1 $$; done
echo not-reached
""", "bye 9\n", 4)


@case
def exit_trap_runs_once():
    expect("trap 'echo bye; exit 2' EXIT; exit 1", "bye\n", 2)


@case
def exit_trap_after_errexit():
    expect("set -e; trap 'echo bye' EXIT; false; echo no", "bye\n", 1)


@case
def exit_trap_not_run_by_children():
    expect(r"""
trap 'echo bye' EXIT
(echo sub)
x=$(echo cs); echo "$x"
{ echo bg; } > bgout & wait; cat bgout
(exit 3); echo "sub-status=$?"
""", "sub\ncs\nbg\nsub-status=3\nbye\n")


@case
def exit_trap_of_children_own():
    expect(r"""
(trap 'echo sub-bye' EXIT; echo sub)
x=$(trap 'echo cs-bye' EXIT; echo cs); echo "[$x]"
{ trap 'echo bg-bye' EXIT; echo bg; } & wait
""", "sub\nsub-bye\n[cs\ncs-bye]\nbg\nbg-bye\n")


@case
def ignored_on_entry_cannot_be_trapped():
    expect(r"""
trap 'echo caught' USR1; echo "trap=$?"
kill -USR1 $$; echo alive
trap - USR1
kill -USR1 $$; echo still-alive
sh -c 'kill -USR1 $$; echo child-inherits'
""", "trap=0\nalive\nstill-alive\nchild-inherits\n",
           ignore=(signal.SIGUSR1,))


@case
def trap_kill_and_stop_rejected():
    r = run("trap 'echo x' KILL; echo st=$?; echo alive")
    check(r.code == 0 and "alive\n" in r.out, "carries on", r)


@case
def trap_reset_restores_default():
    expect(r"""
trap 'echo x' USR1; trap - USR1
sh -c 'kill -USR1 $PPID; sleep 0.2'
echo not-reached
""", "", -signal.SIGUSR1)


if __name__ == "__main__":
    main()

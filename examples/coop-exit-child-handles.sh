# Cooperative exit: the command handles Ctrl-C itself, so the script goes on.
#
# Editors and REPLs use Ctrl-C for their own purposes and exit normally
# later.  The shell running them got the SIGINT too, but since the command
# did not die of it, the script carries on and the recorded SIGINT is
# dropped.
#
# Here the outer script plays the terminal: with set -m the middle script
# runs as a job in a process group of its own, and the outer script sends
# SIGINT to that whole group, as Ctrl-C would.  (The signal must come from
# outside the job: a SIGINT that a process of the job sends to the shell is
# a request to stop, not a Ctrl-C; see doc/signals.md.)
set -m
cat > middle.sh <<'MIDDLE'
"$SH" -c 'trap "echo \"child: Ctrl-C handled, exiting 0\"; exit 0" INT
	: > ready; sleep 5; exit 1'
echo "middle: child exited with status $?, the script goes on"
MIDDLE
"$SH" middle.sh &
while [ ! -e ready ]; do sleep 0.05; done
kill -INT -- "-$!"
wait "$!"
echo "outer: middle script exited with status $?"

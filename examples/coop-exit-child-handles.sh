# Cooperative exit: the command handles Ctrl-C itself, so the script goes on.
#
# Editors and REPLs use Ctrl-C for their own purposes and exit normally
# later.  The shell running them got the SIGINT too, but since the command
# did not die of it, the script carries on and the recorded SIGINT is
# dropped.  (set -m and "kill -INT 0" play the terminal's part: see
# coop-exit-child-dies.sh.)
set -m
cat > middle.sh <<'MIDDLE'
"$SH" -c 'trap "echo \"child: Ctrl-C handled, exiting 0\"; exit 0" INT
	kill -INT 0; sleep 5; exit 1'
echo "middle: child exited with status $?, the script goes on"
MIDDLE
"$SH" middle.sh
echo "outer: middle script exited with status $?"

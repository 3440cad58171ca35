# Cooperative exit: Ctrl-C kills the command, so the script stops too.
#
# A terminal's Ctrl-C is a SIGINT sent to the foreground process group.
# Here the outer script plays the terminal's part: with set -m each job
# gets a process group of its own, and "kill -INT 0" signals the whole
# group of the process that runs it, exactly as Ctrl-C would.
#
# The inner script waits for its command (a small shell that "presses
# Ctrl-C": it signals its own group, then dies of the signal).  The inner
# script receives the SIGINT too, records it and keeps waiting.  When the
# command has died of SIGINT, both conditions hold, so the inner script
# runs its EXIT trap and kills itself with SIGINT: its parent sees a death
# by SIGINT (status 130), not a normal exit, and can apply the same rule.
set -m
cat > inner.sh <<'INNER'
trap 'echo "inner: EXIT trap, then the shell dies of SIGINT"' EXIT
"$SH" -c 'kill -INT 0; sleep 5'
echo "inner: never printed"
INNER
"$SH" inner.sh
st=$?
echo "outer: inner script ended with status $st ($(kill -l $st))"

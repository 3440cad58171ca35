# Cooperative exit through three levels of scripts and a subshell.
#
# Ctrl-C reaches every process of the foreground group.  The innermost
# shell dies of it; each shell above it got the SIGINT too and sees its
# child die of it, so each runs its EXIT trap and dies of SIGINT in turn:
# the death travels up, and no level runs its next command.  (set -m and
# "kill -INT 0" play the terminal's part: see coop-exit-child-dies.sh.)
set -m
cat > level1.sh <<'L1'
trap 'echo "level 1: EXIT trap"' EXIT
"$SH" level2.sh
echo "level 1: never printed"
L1
cat > level2.sh <<'L2'
trap 'echo "level 2: EXIT trap"' EXIT
( "$SH" -c 'trap "echo \"level 3: EXIT trap\"" EXIT
	kill -INT 0; sleep 5; echo "level 3: never printed"'
  echo "level 2, subshell: never printed" )
echo "level 2: never printed"
L2
"$SH" level1.sh
st=$?
echo "top: level 1 ended with status $st ($(kill -l $st))"

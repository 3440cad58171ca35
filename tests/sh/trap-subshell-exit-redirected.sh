# The redirections of a subshell are still in place when its EXIT trap
# runs: the trap writes where the subshell's output goes.
( trap 'echo T6' EXIT; : ) >f
echo "f: $(cat f)"
( trap 'echo T7' EXIT; /bin/true ) >g
echo "g: $(cat g)"
( trap 'echo T8' EXIT; exit 5 ) >h
echo "status: $?"
echo "h: $(cat h)"
( ( trap 'echo T9' EXIT; : ) >i )
echo "i: $(cat i)"

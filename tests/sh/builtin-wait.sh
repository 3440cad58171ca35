# wait: statuses of specific jobs, several pids, killed jobs.
sh -c 'exit 2' & p1=$!
sh -c 'exit 5' & p2=$!
wait $p1; echo "p1: $?"
wait $p2; echo "p2: $?"
# Several pids: status of the last one.
sh -c 'exit 3' & a=$!
sh -c 'exit 4' & b=$!
wait $a $b; echo "two pids: $?"
# wait with no arguments returns 0.
sh -c 'exit 9' &
wait; echo "wait all: $?"
# A job killed by a signal: 128 + signal number.
sleep 10 & s=$!
kill -TERM $s 2>/dev/null
wait $s; echo "killed by TERM: $?"
# Background function and subshell.
f() { return 6; }
f & wait $!; echo "function: $?"
(exit 7) & wait $!; echo "subshell: $?"
# Output of background jobs arrives after wait.
for i in 1 2 3; do (echo "bg $i" >>log) & wait; done
cat log

# Asynchronous lists: &, $!, wait with and without a pid.
sh -c 'exit 3' &
pid=$!
case $pid in ''|*[!0-9]*) echo "bad pid: $pid" ;; *) echo "pid is a number" ;; esac
wait "$pid"; echo "wait status: $?"
(sleep 0.1; echo background done >bg) &
echo foreground first
wait
cat bg
echo after wait
# Several jobs; wait without arguments waits for all of them.
for i in 1 2 3; do (echo "job $i" >"out$i") & done
wait
cat out1 out2 out3
# $! is the last one started.
true & p1=$!
true & p2=$!
[ "$p1" != "$p2" ] && echo "different pids"
wait
# wait for an unknown pid fails with 127.
wait 99999999 2>/dev/null; echo "wait unknown: $?"
# An async list's variables do not leak.
v=1
v=2 &
wait
echo "v=$v"
# & separates commands on a line.
echo one & wait; echo two

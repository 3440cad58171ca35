# wait that names a job killed by a signal reports the death on stderr
# ("Hangup", "Killed"), as for a foreground job, and returns 128+n.
sleep 5 &
kill -HUP $!
wait $! 2>err
echo "status=$?"
grep -c Hangup err
sleep 5 &
kill -KILL $!
wait %1 2>err
echo "status=$?"
grep -c Killed err

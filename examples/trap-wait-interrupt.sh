# A trapped signal interrupts "wait": the trap runs, wait returns 128+n,
# and waiting again for the same job gives its real status.  Handy for a
# supervisor script that reports progress on SIGUSR1 while it waits.
trap 'echo "progress report requested"' USR1
( sleep 0.5; exit 7 ) &
job=$!
( sleep 0.1; kill -USR1 $$ ) &
wait $job
echo "wait returned $? ($(kill -l $?))"
wait $job
echo "waiting again: the job's own status, $?"

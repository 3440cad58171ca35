# The reset-and-kill-self idiom: a script that cleans up on Ctrl-C and then
# still dies of SIGINT, so that whoever ran it (a shell loop, make, another
# script) knows it was interrupted and stops too.  "exit 130" instead would
# look like an ordinary failure to the caller.  (set -m and "kill -INT 0"
# play the terminal's part: see coop-exit-child-dies.sh.)
set -m
cat > worker.sh <<'WORKER'
trap 'echo "worker: cleaning up"; trap - INT; kill -INT $$' INT
"$SH" -c 'kill -INT 0; sleep 5'
echo "worker: never printed"
WORKER
"$SH" worker.sh
st=$?
echo "caller: worker ended with status $st ($(kill -l $st))"

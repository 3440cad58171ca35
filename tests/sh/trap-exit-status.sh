# The EXIT trap and statuses: $? inside an action is the status before the
# trap, a bare exit in an action uses it, exit n keeps n through the EXIT
# trap, and the EXIT trap runs once.
"$SH" -c 'trap "echo \"exit trap sees \$?\"; false" EXIT; exit 3'
echo "status $?"
"$SH" -c 'trap "false; exit" EXIT; exit 4'
echo "status $?"
"$SH" -c 'trap "echo once; exit 2" EXIT; exit 1'
echo "status $?"
"$SH" -c 'trap "echo in=\$?; false" USR1; sh -c "kill -USR1 \$PPID; exit 5"; echo after=$?'
echo "status $?"
"$SH" -c 'trap "false; exit" USR1; sh -c "kill -USR1 \$PPID; exit 6"; echo not-reached'
echo "status $?"
"$SH" -c 'trap "echo bye" EXIT; trap "exit 7" USR1; kill -USR1 $$; echo not-reached'
echo "status $?"
"$SH" -c 'set -e; trap "echo bye" EXIT; false; echo not-reached'
echo "status $?"

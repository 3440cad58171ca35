# A trap set in a subshell, $( ) or pipeline stage runs even when the
# last command there is external: the shell must not exec it in place.
( trap 'echo T1' EXIT; /bin/true )
x=$(trap 'echo T2' EXIT; /bin/true)
echo "[$x]"
( trap 'echo T3' EXIT; /bin/true ) | cat
true | ( trap 'echo T4' EXIT; /bin/true )
( trap 'echo T5' EXIT; sh -c 'exit 4' )
echo "status kept: $?"
# A signal trap too: the signal goes to the subshell, not its parent.
( trap 'echo USR1 caught' USR1; sh -c 'kill -USR1 $PPID' )
echo "after: $?"

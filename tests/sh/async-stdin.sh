# An asynchronous list in a shell without job control reads /dev/null, not our stdin.
# (XCU 2.9.3.1: only the list's own redirections come after the /dev/null.
# bash 5.2 --posix fails this test: it leaves stdin alone when an enclosing
# command redirected or piped it; dash follows POSIX.)
# At the top level:
printf 'top\n' >top
{ cat & wait; } <top
echo "(nothing read at top level)"
# In a pipeline stage:
printf 'data\n' | { cat & wait; }
echo "(nothing read above)"
# The /dev/null comes before explicit redirections, so <&0 does not help,
# but a descriptor saved beforehand does.
printf 'data\n' | { cat <&0 & wait; }
echo "(<&0 reads /dev/null too)"
printf 'data\n' | { cat <&3 & wait; } 3<&0
# Its stdout is still ours.
{ echo from-background & wait; } | cat
# And its status is available through wait.
(exit 5) & wait $!; echo "status $?"
# The shell goes on while it runs.
(sleep 0.2; echo late >late) &
echo early
wait
cat late

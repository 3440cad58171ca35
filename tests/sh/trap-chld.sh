# A trap on CHLD runs after a child ends (the shell reaps it first), in
# the main shell, a subshell and an asynchronous list, as in dash, bash
# and yash; cosh used to accept the trap and never run it.
trap 'echo chld' CHLD
/bin/true
echo after-true
sleep 0 & wait
echo after-wait
( trap 'echo sub-chld' CHLD; /bin/true; echo sub-done )
{ trap 'echo async-chld' CHLD; /bin/true; echo async-done; } & wait $!
trap - CHLD
/bin/true
echo reset

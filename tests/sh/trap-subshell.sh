# Subshells reset caught traps and keep ignored ones; a subshell's own EXIT
# trap runs when it ends, the parent's does not.
trap 'echo parent-usr1' USR1
trap '' USR2
trap 'echo parent-exit' EXIT
(sh -c 'kill -USR1 $PPID'; echo not-reached); echo "caught trap reset: $?"
(sh -c 'kill -USR2 $PPID'; echo "ignored stays ignored")
sh -c 'kill -USR2 $$; echo "child inherits the ignore"'
(trap 'echo sub-exit' EXIT; echo sub)
x=$(trap 'echo cs-exit' EXIT; echo cs); echo "[$x]"
echo end

# The output of trap re-reads as input: saved to a file and read back with
# ".", it restores the traps, quoting included; a trap set with a number or
# a lower-case name lists the same way.  An unknown condition is an error
# and the shell goes on.  ($(trap), which must list the parent's traps, is
# checked in tests/sig/test_trap.py: dash lists nothing there.)
trap 'echo "it'\''s \"quoted\" $x"' USR1
trap 'echo two words' 12
trap '' HUP
trap > saved
trap - USR1 USR2 HUP
trap > empty; [ -s empty ] || echo cleared
. ./saved
trap > again
cmp -s saved again && echo restored
x=X; kill -USR1 $$; kill -USR2 $$
trap 'echo bad' NOSUCHSIGNAL 2>/dev/null; echo "unknown: $([ $? -ne 0 ] && echo error)"
echo still-running

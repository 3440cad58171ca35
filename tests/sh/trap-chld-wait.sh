# cosh-only: dash's wait returns 128+SIGCHLD after the first child (bash agrees with this test)
# A CHLD trap runs for the children that end during wait, and the wait
# goes on until they all have ended.  The second child ends only after
# the trap ran for the first.
f=${TMPDIR:-/tmp}/cosh-chld.$$
rm -f "$f"
trap 'echo chld; : > "$f"' CHLD
sleep 0 &
(until [ -e "$f" ]; do sleep 0.01; done) &
wait
echo "status $?"
rm -f "$f"

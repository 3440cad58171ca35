# set -v writes the input to standard error as it is read: a line (and
# the lines of a compound command) before the command runs.  Standard
# error is sent to standard output to show the order.
exec 2>&1
echo before
set -v
echo one; echo two
if true; then
  echo three
fi
cat <<EOF2
body $((1+1))
EOF2
x=$(echo sub)
set +v
echo after

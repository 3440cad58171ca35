# cosh-only: dash has no n>&m- (checked with bash)
# n>&m- and n<&m- move fd m to n (ksh, bash; dash has no such form):
# on a command the move is undone afterwards, with exec it stays.
exec 5>o5
echo a >&5
{ echo b; } 1>&5-
echo c >&5 && echo "5 is back after the group"
exec 6>&5-
echo d >&6
{ echo e >&5; } 2>/dev/null || echo "5 closed by exec 6>&5-"
cat o5
echo input >i
exec 7<i
read x 0<&7- && echo "read: $x"
: 3>&3-
echo "3>&3- changes nothing"

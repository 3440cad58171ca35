# cosh-only: dash ignores set -m without a terminal
# With job control on (set -m), an asynchronous list keeps its standard
# input: only a shell without job control gives it /dev/null (XCU 2.9.3).
echo "from the file" >in.txt
set -m
{ cat & wait; } <in.txt
set +m
echo "without job control:"
{ cat & wait; } <in.txt
echo end

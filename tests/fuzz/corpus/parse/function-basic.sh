# Functions: definition, positional parameters, return, globals.
greet() { echo "hello $1, $# args"; }
greet world
greet a b c
set -- outer1 outer2
show() { echo "in: $1 $2 ($#)"; }
show x
echo "out: $1 $2 ($#)"
# return N sets the status; return without N returns the last status.
r() { return "$1"; }
r 3; echo "return 3: $?"
r 0; echo "return 0: $?"
r2() { false; return; }
r2; echo "bare return after false: $?"
r3() { (exit 9); }
r3; echo "falls off end: $?"
# return stops the function.

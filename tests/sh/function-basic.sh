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
early() { echo before; return 1; echo never; }
early; echo "status $?"
# Variables are global.
setv() { gv=set-in-function; }
setv; echo "gv=$gv"
# Redefining a function replaces it.
f() { echo first; }
f
f() { echo second; }
f
# Functions can use other functions defined later (at call time).
caller() { callee; }
callee() { echo "callee called"; }
caller
# A function body can be any compound command.
sub() ( v=in-subshell; echo "$v" )
v=global; sub; echo "v=$v"
iff() if [ "$1" = y ]; then echo yes; else echo no; fi
iff y; iff n
# $0 is not changed by a function call.
z() { [ "$0" = "$1" ] && echo "\$0 unchanged"; }
z "$0"
# unset -f removes a function.
unset -f f
f 2>/dev/null || echo "f gone"

# A redirection error on a compound command or a function call does not
# end the shell (XCU 2.8.1), but it is a failure: set -e ends the shell
# on it, except where the command is a condition.
f() { echo "f ran"; }
f >nodir/x 2>/dev/null
echo "function: $([ $? -ne 0 ] && echo non-zero), still here"
{ echo "group ran"; } >nodir/x 2>/dev/null
echo "group: $([ $? -ne 0 ] && echo non-zero), still here"
"$SH" -c 'set -e; { echo group; } >nodir/x; echo not reached' 2>/dev/null
echo "set -e group: $([ $? -ne 0 ] && echo non-zero)"
"$SH" -c 'set -e; while :; do break; done <nodir/x; echo not reached' 2>/dev/null
echo "set -e while: $([ $? -ne 0 ] && echo non-zero)"
"$SH" -c 'set -e; f() { echo f; }; f >nodir/x; echo not reached' 2>/dev/null
echo "set -e function: $([ $? -ne 0 ] && echo non-zero)"
"$SH" -c 'set -e; if { :; } >nodir/x; then :; fi; { :; } >nodir/x || echo "or: ran"; echo reached' 2>/dev/null

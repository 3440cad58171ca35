# return with an operand that is not a number is an error of a special
# built-in (XCU 2.8.1): a script ends there, as in dash.  (bash and mksh
# return from the function with a non-zero status and go on.)
"$SH" -c 'f() { echo in f; return ""; echo not reached; }; f; echo not reached' 2>/dev/null
echo "return '': $([ $? -ne 0 ] && echo non-zero)"
"$SH" -c 'f() { return x1; }; f; echo not reached' 2>/dev/null
echo "return x1: $([ $? -ne 0 ] && echo non-zero)"
# A valid operand returns as usual.
f() { return 3; }
f
echo "return 3: $?"

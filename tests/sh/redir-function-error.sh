# A redirection error on a function call is like one on a regular
# builtin: the function does not run, the status is non-zero and the
# script goes on (dash, bash, mksh and yash agree).
f() { echo "f ran"; }
f >./nodir/file 2>/dev/null
[ $? -ne 0 ] && echo "failed, not fatal"
"$SH" -c 'f() { echo "f ran"; }; f <./missing; echo "still here"' 2>/dev/null
echo "end"

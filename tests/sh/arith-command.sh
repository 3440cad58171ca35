# cosh-only: dash has no ((expression)) command; bash, ksh, mksh and zsh do
# (XCU 2.9.4.1 lets a shell read "((" so).  Status 0 when the value is not
# zero, 1 when it is; "((" that does not close with "))" is two subshells.
(( 1 )); echo "one: $?"
(( 0 )); echo "zero: $?"
x=5
(( x > 3 )) && echo "x > 3"
(( x = x * 2, y = x + 1 )); echo "x=$x y=$y status $?"
((x -= 10)); echo "x=$x"
(( x )); echo "x zero: $?"
if (( y > 10 )); then echo if; fi
n=0
while (( n < 3 )); do n=$((n + 1)); done
echo "n=$n"
f() (( $1 > 2 ))
f 3 && echo "f 3"
f 1 || echo "f 1 false"
(( 42 )) >out; echo "redirected: $? [$(cat out)]"
! (( 0 )) && echo negated
(( 1 )) | cat; echo "piped: $?"
((echo nested) )
( (echo spaced) )
echo "$(( 2 + 3 )) $( (echo cmdsub) )"
# An error gives status 2 and the shell goes on (mksh, zsh).
(( 1 / 0 )) 2>/dev/null; echo "division by zero: $?"
"$SH" -c 'set -e; i=0; (( i++ )); echo not reached'; echo "set -e: $?"
"$SH" -c 'set -e; i=0; (( ++i )); echo "reached $i"'

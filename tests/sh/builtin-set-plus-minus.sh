# set: a lone "+" is ignored (not an operand); a lone "-" ends the options,
# turns -x and -v off, and leaves the parameters alone when nothing
# follows; "--" alone empties them.
set -- a b
set +
echo "after + [$#] [$*]"
set -x + -v x y
case $- in *v*) echo verbose-on ;; esac
set +v
set - p q 2>/dev/null
case $- in *x*) echo xtrace-still-on ;; *) echo xtrace-off ;; esac
echo "after - [$#] [$*]"
set -
echo "after lone - [$#] [$*]"
set - +
echo "after - + [$*]"
set + -
echo "after + - [$*]"
set --
echo "after -- [$#]"

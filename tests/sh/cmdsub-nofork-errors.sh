# cosh-only: the messages are cosh's (their statuses are dash's; bash gives 1 for some)
# Errors inside a $( ) that runs without a fork: the same message and the
# same status as from a forked child, and the shell goes on.
t() { "$SH" -c "$1" 2>&1; echo "status $?"; }
t 'x=$(printf "%d\n" 1 x 2); echo "[$x] $?"'
t 'x=$(: ${u?custom message}; echo no); echo "[$x] $?"'
t 'x=$(: ${u:?}); echo "[$x] $?"'
t 'set -u; x=$(echo "$nope"; echo no); echo "[$x] $?"'
t 'readonly r=1; x=$(r=2; echo no); echo "[$x] $? $r"'
t 'readonly r=1; f() { r=3; }; x=$(f; echo no); echo "[$x] $? $r"'
t 'x=$(exit foo; echo no); echo "[$x] $?"'
t 'x=$(break foo); echo "[$x] $?"'
t 'f() { shift 3; echo no; }; x=$(f a); echo "[$x] $?"'
t 'f() { return bad; }; x=$(f; echo no); echo "[$x] $?"'
t 'f() { local 1x=2; echo "st $?"; }; x=$(f); echo "[$x] $?"'
# set -e: the substitution ends at the failure, and then the assignment
# fails too, unless set -e is suspended around it.
t 'set -e; x=$(false; echo no); echo "not reached"'
t 'set -e; if x=$(false; echo yes); then echo "[$x] $?"; fi'
t 'set -e; f() { false; echo no; }; x=$(f) || echo "failed: [$x]"'
# Messages name the line of the command that failed, in a function too.
t 'f() {
	printf "%d" x
}
x=$(
f); echo "[$x] $? $LINENO"'
# $_ and LINENO of the body do not leak.
t 'echo a b; case $(echo c d) in *) echo "$_" ;; esac'
# A forked substitution nested in one that is not sees the $_ of the
# shell, as it would inside a forked one.
t 'echo zz >/dev/null; x=$(y=$(echo "$_" | cat); echo "[$y]"); echo "$x"'
t 'x=$(echo $LINENO
echo $LINENO); echo $x $LINENO'

# XCU 2.9.1.1: the redirections of a simple command are performed before
# its assignments are expanded, so a command substitution in an assignment
# writes where the command's own redirections point (dash, mksh).
f() { echo "f: x=$x"; }
x=$(echo none >&2) 2>none.err
x=$(echo builtin >&2) true 2>builtin.err
x=$(echo special >&2) : 2>special.err
x=$(echo function >&2) f 2>function.err
x=$(echo external >&2) sh -c 'echo "external: x=$x"' 2>external.err
for w in none builtin special function external; do
	printf '%s.err: ' "$w"; cat "$w.err"
done
# A failed redirection leaves the assignment undone.
y=old
y=new 2>/dev/null >./nodir/file || echo "redirection failed"
echo "y=$y"
# A redirection's word is expanded before the assignments change anything.
z=first
z=second true >"$z.out"
ls first.out
# set -x traces to the stderr the command line started with.
{ set -x; echo traced 2>/dev/null; set +x; } 2>trace
sed 's/^[+ ]*//' trace

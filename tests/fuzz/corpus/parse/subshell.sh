# Subshells: changes do not leak out.
v=outer
(v=inner; echo "in: $v")
echo "out: $v"
(cd /; pwd)
[ "$(pwd)" = "$HOME" ] && echo "cwd unchanged"
(exit 4); echo "status $?"
(echo before; exit 1; echo never)
echo "after subshell exit: $?"
f() { echo "f original"; }
(f() { echo "f redefined"; }; f)
f
(set -- a b c; echo "in: $#")
echo "out: $#"
umask 022
(umask 077); umask
(unset HOME; echo "unset in subshell")
echo "HOME still set: ${HOME:+yes}"
# Nested subshells.

# Nothing done inside $( ) reaches the shell around it, whether the body
# could run without a fork (assignments, loops, functions) or not.
v=outer
x=$(v=inner; echo "$v")
echo "$x $v"
unset u
x=$(u=set; echo "$u")
echo "$x ${u-unset}"
x=$(for v in a b c; do :; done; echo "$v")
echo "$x $v"
unset i
x=$(for i in 1 2; do echo "$i"; done)
echo "${i-unset}"
f() { v=from-f; echo "$v"; }
x=$(f)
echo "$x $v"
g() { local v=local-g; echo "$v"; }
x=$(g)
echo "$x $v"
x=$(v=prefix f)
echo "$x $v"
IFS_before=$IFS
x=$(IFS=:; set -- a b; echo "$*")
echo "$x"
x=$(IFS=,; echo "$IFS")
[ "$IFS" = "$IFS_before" ] && echo IFS kept
sh1() { shift; echo "$#"; }
set -- one two three
x=$(sh1 "$@")
echo "$x $# $1"
x=$(set -- z; echo "$1 $#")
echo "$x / $1 $#"
# Options.
x=$(set -f; echo "$-")
case $- in *f*) echo "-f leaked" ;; *) echo "-f kept inside" ;; esac
x=$(set -u; echo ok)
echo "${nope-unset-ok}"
# Working directory and umask.
mkdir d
here=$(pwd)
x=$(cd d && pwd)
[ "$(pwd)" = "$here" ] && echo cwd kept
case $x in */d) echo cd inside ;; esac
umask 022
x=$(umask 077; umask)
echo "$x $(umask)"
# Traps and exit.
x=$(trap 'echo caught' USR1; echo set)
trap
x=$(exit 5; echo no)
echo "exit: [$x] $?"
x=$(f() { return 4; }; f; echo "$?")
echo "return: [$x]"
# Functions and aliases defined inside.
x=$(newfn() { echo new; }; newfn)
echo "$x"
command -v newfn >/dev/null || echo newfn not defined
x=$(alias myal='echo al'; alias myal)
alias myal >/dev/null 2>&1 || echo myal not defined
# Redirections inside.
x=$(exec 3>f3; echo opened)
echo "$x"
{ echo fd3 >&3; } 2>/dev/null || echo fd 3 closed
x=$(exec >/dev/null; echo lost)
echo "[$x]"
echo "stdout still here"
# Break and continue end the substitution, not the loop around it.
for n in 1 2 3; do
	x=$(echo "in $n"; break; echo no)
	echo "$x"
done
for n in 1 2; do
	x=$(echo "in $n"; continue; echo no)
	echo "$x"
done

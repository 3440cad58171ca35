# The output of $( ) and `...` whose bodies run only builtins and functions
# (cosh runs them without a fork, capturing the builtins' output): exactly
# what a forked substitution gives.
x=$(echo hi)
echo "[$x]"
x=`echo back`
echo "[$x]"
x=$(printf '%s-%s\n' a b c d)
echo "[$x]"
# Trailing newlines go, inner ones and leading ones stay.
x=$(printf '\n\na\n\nb\n\n\n')
echo "[$x]"
x=$(echo; echo)
echo "[$x]"
x=$(printf 'no newline')
echo "[$x]"
x=$(:)
echo "[$x]"
# Functions, loops, conditionals, case.
greet() { echo "hello $1"; printf '%s\n' "${2-none}"; }
x=$(greet world)
echo "[$x]"
x=$(for w in one two three; do printf '<%s>' "$w"; done)
echo "[$x]"
x=$(if true; then echo yes; else echo no; fi)
echo "[$x]"
x=$(case abc in a*) echo starts-a ;; *) echo other ;; esac)
echo "[$x]"
x=$(while false; do :; done; echo after-while)
echo "[$x]"
x=$(! false && echo negated)
echo "[$x]"
x=$({ echo g1; echo g2; } && echo and || echo or)
echo "[$x]"
# Nested, in both forms, and inside double quotes.
x=$(echo "a $(echo "b $(echo c)")")
echo "[$x]"
x=`echo outer \`echo inner\``
echo "[$x]"
x="$(echo "  spaced  ")"
echo "[$x]"
set -- 'p 1' p2
x=$(printf '[%s]' "$@")
echo "$x"
x=$(echo $#)
echo "$x"
# A substitution inside a substitution that does fork (an external
# command): its output still lands in the right place.
x=$(echo "a$(cat </dev/null)b"; echo c)
echo "[$x]"
# Recursion through a function.
count() { if [ "$1" != xxxx ]; then echo "$1"; count "${1}x"; fi; }
x=$(count x)
echo "[$x]"
# printf and echo escapes.
x=$(printf '%b|' 'a\tb' 'c\\d')
echo "[$x]"
x=$(printf '%5s|%-3s|%03d' ab c 7)
echo "[$x]"
# pwd and test.
mkdir sub
cd sub
x=$(pwd)
case $x in */sub) echo pwd-ok ;; *) echo "pwd: $x" ;; esac
cd ..
x=$([ -d sub ] && echo dir; test -f sub || echo notfile)
echo "[$x]"
# The fd 1 of a substitution is a pipe.
x=$(test -t 1 && echo tty || echo notty)
echo "[$x]"
x=$(test -p /dev/stdout && echo pipe || echo nopipe)
echo "[$x]"
# Redirections of fd 1 inside: >&2 and >/dev/null take output away from
# the substitution, and give it back after.
{ x=$(echo to-stderr >&2; echo to-x); } 2>&1
echo "[$x]"
warn() { echo "warning: $*" >&2; echo result; }
{ x=$(warn careful); } 2>&1
echo "[$x]"
{ x=$({ echo group-a; echo group-b; } >&2; echo after); } 2>&1
echo "[$x]"
{ x=$({ y=$(echo inner); echo "inner gave $y"; } >&2; echo outer); } 2>&1
echo "[$x]"
x=$(echo discarded >/dev/null; echo kept >>/dev/null; echo last)
echo "[$x]"

# cosh-only: dash has no [[ ]]; bash, ksh, mksh and zsh do (XCU 2.4 lets
# "[[" and "]]" be reserved words), and bash agrees with every line here
# but the last (bash exits 0 after that syntax error; mksh 1).
# Operands are not split or globbed; the right side of == and != is a
# pattern, quoted parts literal; && || ! ( ) combine, newlines are blanks.
x='a b' e=
touch file
[[ $x == 'a b' ]] && echo "no splitting"
[[ $x == a* ]] && echo "pattern"
[[ $x == 'a*' ]] || echo "quoted pattern is literal"
[[ $x != b* ]] && echo "!="
[[ * == file ]] || echo "no globbing"
[[ -n $x && -z $e ]] && echo "&&"
[[ -z $x || -n $x ]] && echo "||"
[[ ! -d file ]] && echo "!"
[[ ( -d / || -f nope ) && $x ]] && echo "( )"
[[ $e ]] || echo "empty word is false"
[[ 1+1 -eq 2 ]] && echo "-eq compares arithmetic expressions"
[[ a < b && b > a ]] && echo "< > compare strings"
[[ abc =~ ^a.c$ ]] && echo "=~ regular expression"
[[ ab =~ ^(x|a)b$ && ab =~ (x y)|b ]] && echo "=~ with ( | and blanks inside ( )"
[[ 12 =~ ^[0-9]+$ ]] && [[ 1a =~ ^[0-9]+$ ]] || echo "=~ anchors"
[[ -f file && file -ef ./file ]] && echo "file primaries"
[[ -o nounset ]] || echo "-o option"
[[ a = a
   && b = b ]] && echo "newlines inside"
[[ x ]] >out && echo "redirected [$(cat out)]"
f() { [[ $1 = y ]]; }
f y && echo "function body"
# Its status is a test's: a false one does not trip set -e in a condition.
"$SH" -c 'set -e; [[ a = b ]] || echo tolerated; [[ a = b ]]; echo not reached'
echo "set -e: $?"
# A malformed expression is a syntax error.
"$SH" -c '[[ a = ]]' 2>/dev/null; echo "syntax error: $?"

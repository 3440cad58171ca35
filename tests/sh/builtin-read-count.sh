# cosh-only: dash lacks read -n and -N (bash agrees but for the last two
# statuses: bash 1, mksh 2, cosh 2 for an invalid count)
# read -n N stops after N bytes or at the delimiter; -N N reads exactly N
# bytes, delimiters included, and does not split.  Escaped characters count
# once; backslash-newline not at all.  dash lacks both.
echo 12345 | { read -n 4 x; echo "[$x]"; }
echo '  a b  ' | { read -n 5; echo "[$REPLY]"; }
echo '  a b  ' | { read -n 5 v; echo "[$v]"; }
echo 'a b c' | { read -n 4 A B C; echo "[$A] [$B] [$C]"; }
echo 'a b c' | { read -N 4 A B C; echo "[$A] [$B] [$C]"; }
printf 'a\nb\nc\n' | { read -N 3 v; echo "[$v]"; }
echo foobar | { read -n 5 -d b; echo "[$REPLY]"; }
printf '%s\n' 'a\b\c\d\e\f' | { read -n 5; echo "[$REPLY]"; }
printf 'ab' | { read -N 4 v; echo "st=$? [$v]"; }
echo hi | { read -rn1 v; echo "[$v]"; }
read -n x v </dev/null 2>/dev/null; echo "st=$?"
read -n -1 v </dev/null 2>/dev/null; echo "st=$?"

# cosh-only: dash 0.5.12 has no $'...' (POSIX.1-2024 XCU 2.2.4); bash and mksh agree with this output.
# $'...' quoting: the C escapes, octal, hex, \u/\U as UTF-8, \cX, a null
# byte ending the string; not special inside "..." or a here-document;
# quoted, so never split or globbed.
show() { printf '%s' "$1" | od -An -tx1 | tr -s ' \n' '  '; echo; }
show $'\a\b\e\E\f\n\r\t\v'
show $'\\\'\"\?'
show $'\101\0101\1012\7x\18'
show $'\x41\x4a4\xg'
# bash encodes \u only in a UTF-8 locale; cosh always does.
LC_ALL=C.UTF-8
show $'\u00e9\u20ac\U0001F600'
LC_ALL=C
show $'\cA\ca\c[\c?'
show $'ab\0cd'
show $'ab\x00cd'
printf '[%s]\n' $'a b' $'*' $'\z'
printf '[%s]\n' "$'a\tb'" "x$'y'"
cat <<E
$'a\tb'
E
u=
printf '[%s]\n' ${u:-$'p\tq'} "${u:-$'r\ts'}"
printf '[%s]\n' $"dq $u"
v=$'x\ny'; printf '[%s]\n' "$v"
case $'\t' in "	") echo tab;; *) echo no;; esac

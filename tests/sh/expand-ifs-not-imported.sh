# IFS in the environment does not reach the shell: it starts with
# <space><tab><newline> (POSIX.1-2024 XCU 2.5.3), and an exported IFS stays
# exported with that value.
IFS=: "$SH" -c 'x=a:b; set -- $x; echo $#; printf "[%s]\n" "$IFS"' | od -An -tx1
IFS=: "$SH" -c 'env | grep "^IFS="' | od -An -tx1

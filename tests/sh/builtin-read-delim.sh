# cosh-only: dash lacks read -d (bash agrees with every line: REF_SH=bash)
# read -d (POSIX.1-2024): the first byte of the operand ends the line; -d ''
# ends it at a NUL byte.  Backslash-newline still joins lines.  dash lacks -d.
printf 'a,b,c:d,e,f:g' | {
	IFS=,
	read -d : v1; printf '%s\n' "v1=$v1 $?"
	read -d : v1 v2; printf '%s\n' "v1=$v1 v2=$v2 $?"
	read -d : v1; printf '%s\n' "v1=$v1 $?"
}
printf 'one\0two words\0' | { read -d '' a; read -d '' b; printf '%s\n' "[$a] [$b]"; }
printf 'x\\\ny,z' | { read -d , v; printf '%s\n' "[$v]"; }
printf 'p\\,q,' | { read -d , v; printf '%s\n' "[$v]"; }
printf 'a\\b\0' | { read -r -d '' v; printf '%s\n' "[$v]"; }
read -rd '' v <<END
l1
l2
END
printf '%s\n' "[$v]"

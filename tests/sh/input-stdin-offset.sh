# cosh-only: dash reads a script on standard input ahead of its commands (bash, mksh, yash, ksh do not)
# A script read from standard input: a command it runs finds the input
# right after that command (XCU sh, INPUT FILES), on a pipe and on a
# seekable file alike: the read builtin, an external command, a
# subshell, a function (one that shadows a builtin too), a read far past
# the first block, exec <file (the script goes on from the new stdin),
# and whoever reads stdin after the shell exits.
printf 'read x\nhello\necho "read: [$x]"\n' > s1
printf 'dd bs=1 count=5 2>/dev/null\nline\necho "after dd"\n' > s2
printf '(read y; echo "sub: [$y]")\nsubline\necho "after sub"\n' > s3
printf 'echo "from other"\n' > other
printf 'echo before\nexec <other\necho "not reached"\n' > s4
printf 'f() { read z; echo "f: [$z]"; }\nx=1\nf\nfline\necho "after f $x"\n' > s5
printf 'echo() { read e; printf "%%s\\n" "echo fn: [$e]"; }\necho\neline\nunset -f echo; echo "after echo"\n' > s6
printf 'echo() { read e; printf "%%s\\n" "same line: [$e]"; }; echo\nsline\nunset -f echo; echo done\n' > s7
i=0
while [ $i -lt 1500 ]; do
	echo ": padding line $i to push the read past the first block"
	i=$((i + 1))
done > s8
printf 'read far\nfar away\necho "far: [$far]"\n' >> s8
for s in s1 s2 s3 s4 s5 s6 s7 s8; do
	echo "== $s file"
	"$SH" < $s
	echo "== $s pipe"
	cat $s | "$SH"
done

# A pipe whose writer is slow: the script arrives in pieces.
echo "== slow writer"
{ echo 'echo first'; sleep 1; echo 'read v'; echo 'late line'; echo 'echo "[$v]"'; } | "$SH"

# After the shell: exit, set -e and the end of the script leave the
# offset right after the last command read.
printf 'echo in script\nexit 3\nrest after exit\n' > e1
printf 'set -e\necho in script\nfalse\nrest after set -e\n' > e2
for s in e1 e2; do
	echo "== $s file"
	{ "$SH"; echo "status $?"; cat; } < $s
	echo "== $s pipe"
	cat $s | { "$SH"; echo "status $?"; cat; }
done

# head on a seekable file gives back what it read past its line.
printf 'head -n1\nhead line\necho "after head"\n' > h1
echo "== h1 file"
"$SH" < h1

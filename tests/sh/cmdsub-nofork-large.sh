# A mebibyte of output from a loop of printf inside $( ): nothing lost,
# only the last newline removed.
line=$(printf '%1023s' '')
line=$(printf '%s' "$line" | tr ' ' x)
x=$(for a in 0 1 2 3 4 5 6 7; do
	for b in 0 1 2 3 4 5 6 7; do
		for c in 0 1 2 3 4 5 6 7 8 9 a b c d e f; do
			printf '%s\n' "$line"
		done
	done
done)
echo "${#x}"
# The same from a function, with one printf of many arguments.
many() { for a in 0 1 2 3 4 5 6 7; do printf '%s\n' "$@"; done; }
set --
for b in 0 1 2 3 4 5 6 7 8 9 a b c d e f; do
	for c in 0 1 2 3 4 5 6 7; do
		set -- "$@" "$line"
	done
done
y=$(many "$@")
echo "${#y}"
[ "$x" = "$y" ] && echo same
case $x in *[!x"
"]*) echo "stray byte" ;; *) echo clean ;; esac

# A NUL byte in the output of a command substitution is dropped and the
# text after it kept, as dash, bash and mksh do (a value cannot hold one).
x=$(printf 'a\0b\0\n\0')
echo "[$x]"
echo "[$(printf '\0\0')]"
printf '<%s>\n' `printf 'c\0d e'`
y=$(printf 'one\0two\n\n')
echo "[$y] ${#y}"

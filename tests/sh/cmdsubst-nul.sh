# A NUL byte in the output of a command substitution is dropped (as in
# dash and bash); the text after it is kept.
x=$(printf 'a\0b\0\0c')
printf '<%s>\n' "$x"
x=$(printf 'x%cy' '')
printf '<%s>\n' "$x"
printf '<%s>\n' "$(printf '1\0\n2\n\0')"
set -- $(printf 'p\0q r')
printf '%s|' "$#" "$@"
echo

# printf: formats, escapes, reuse of the format, numeric conversions.
printf 'plain\n'
printf '%s|%s\n' a b
printf '%s\n' one two three
printf '%s-%s\n' a b c
printf '[%5s][%-5s][%.2s]\n' ab ab abcdef
printf '%d %i %d\n' 42 -7 0
printf '[%5d][%-5d][%05d][%+d]\n' 42 42 42 42
printf '%x %X %o %u\n' 255 255 8 42
printf '%#x %#o\n' 255 8
printf '%c%c\n' hello world
printf '%%\n'
printf 'tab\there\n'
printf 'back\\slash\n'
printf '\101\102\n'
printf 'a\0b' | od -An -c | tr -s ' '
printf '%b\n' 'with\tescape' 'oct\0101'
printf '%s\n'
printf '[%s][%d]\n'
printf '%d\n' 0x1F 010 "'A"
printf '%.3d|%3.1s|\n' 5 xyz
printf '%s' no-newline-at-end; echo
# Missing arguments: %s empty, %d zero. Extra format reuse stops when args run out.
printf '%s:%s\n' only
v=$(printf '%s' "  keep spaces  ")
echo "[$v]"
printf -- '-dash first\n'

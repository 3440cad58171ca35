# printf: more conversions and widths, escapes in the format, errors.
printf '%-8s|%8s|\n' left right
printf '%.0s|%.10s|\n' gone short
printf '%5.1s|\n' xyz
printf '%o %x\n' 0 0
printf '%d\n' -0
printf '%s\n' "-- dash args --"
printf 'a\\b\a\n' | od -An -b | tr -s ' '
printf '%s %s %s\n' 1 2 3 4 5
# An invalid number: a message, non-zero status, and output goes on.
# (What is printed for the bad number is not specified.)
printf '%d|%s\n' abc next >out 2>/dev/null; echo "status non-zero: $([ $? -ne 0 ] && echo yes)"
grep -q '|next$' out && echo "processing went on"
printf '%d\n' 12abc >/dev/null 2>&1; echo "status non-zero: $([ $? -ne 0 ] && echo yes)"
# Character constants.
printf '%d %d\n' "'a" '"b'

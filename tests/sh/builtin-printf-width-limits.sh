# cosh-only: dash refuses widths over INT_MAX with status 2, bash prints nothing with status 0
# printf: widths and precisions up to INT_MAX are honoured and streamed
# (padding written in pieces, not built whole); one that does not fit in an
# int is an error with status 1 that stops printf, not the shell.
printf '%3000000d' 7 | wc -c
printf '%-3000000s|' x | tail -c 3; echo
printf '%.3000000d' 5 | tr -d 0; echo
printf '%03000000d' -5 | head -c 3; echo
printf '%#.3000000x' 255 | head -c 4; printf '%#.3000000x' 255 | tail -c 3; echo
printf '%+.100000d' 3 | wc -c
printf '% 100010.100000d' 3 | head -c 12 | tr ' ' _; echo
printf '%.40000e' 1.5 | tail -c 6; echo
printf '%.40000e' 1.5 | wc -c
printf '%#.40000g' 1.5 | wc -c
printf '%.40000g' 1.5; echo
printf '%0100000.40000f' -2.5 | head -c 3; echo
printf '%0100000.40000f' -2.5 | wc -c
printf '%.40000a' 1 | tail -c 4; echo
printf '%*s|' -70000 x | wc -c
printf '%.*d|' -5 42; echo
"$SH" -c 'printf "%2147483648d" 1; echo "status $?"' 2>&1
"$SH" -c 'printf "a%.2147483648db" 1; echo " status $?"' 2>&1
"$SH" -c 'printf "%*d" 4294967296 1; echo "status $?"' 2>&1
"$SH" -c 'printf "%.*d" 99999999999999999999 1; echo "status $?"' 2>&1
"$SH" -c 'printf "%*d" -2147483648 1; echo "status $?"' 2>&1

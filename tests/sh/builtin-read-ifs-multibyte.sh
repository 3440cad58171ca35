# cosh-only: dash and mksh split at bytes (yash agrees with this test, bash but for the last case)
# read splits its line on IFS characters, not bytes, as word splitting
# does: a multibyte IFS character splits only where it occurs whole, and
# one at the end of the last field is dropped as a single-byte one is.
LC_ALL=C.UTF-8
IFS=é
printf 'aébéc\n' | { read a b c; echo "[$a][$b][$c]"; }
read -r p q <<EOF
xéyéé
EOF
echo "[$p][$q]"
read -r p q <<EOF
xéyé
EOF
echo "[$p][$q]"
IFS=ç read -r a b <<EOF
héllo ç wörld
EOF
echo "[$a][$b]"
IFS=': é' read a b <<EOF
  1 é 2 é 
EOF
echo "[$a][$b]"

# cosh-only: dash has no RANDOM or SECONDS; bash agrees with this output (mksh too, but its seed does not repeat a sequence).
# $RANDOM is a number from 0 to 32767, different from one read to the
# next, the same sequence again after the same assignment (a seed), and
# different in two subshells; $SECONDS counts from start-up or from the
# value assigned; unset, both read as unset.
r=$RANDOM
case $r in *[!0-9]*|'') echo "bad $r";; *) [ "$r" -le 32767 ] && echo range;; esac
RANDOM=42; a="$RANDOM $RANDOM $RANDOM"
RANDOM=42; b="$RANDOM $RANDOM $RANDOM"
[ "$a" = "$b" ] && echo "same seed, same numbers"
set -- $a; [ "$1 $1 $1" != "$a" ] && echo "numbers change"
s1=$(echo $RANDOM $RANDOM); s2=$(echo $RANDOM $RANDOM)
[ "$s1" != "$s2" ] && echo "subshells differ"
case $SECONDS in [0-9]) echo "seconds small";; *) echo "seconds $SECONDS";; esac
SECONDS=100; case $SECONDS in 10[0-9]) echo "seconds from 100";; esac
unset RANDOM SECONDS; echo "[$RANDOM][$SECONDS]"

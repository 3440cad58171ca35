# alias and unalias: listing, quoting, statuses.
alias b='two words' a=simple "c=it's" 'd=$HOME'
# alias with no operand lists every alias, one per line as name=value
# (the quoting of values differs between shells, so only simple ones are
# shown literally).
alias | grep -e '^a=' -e '^b='
echo "[$(alias a)]"
# Each line reads back, after "alias ", as the same definition.
for n in a b c d; do
	eval "saved_$n=\$(alias $n)"
done
unalias -a
eval "alias $saved_a $saved_b $saved_c $saved_d"
alias c d | while IFS= read -r line; do eval "alias $line"; done
c=$(alias c); d=$(alias d)
[ "$c" = "$saved_c" ] && [ "$d" = "$saved_d" ] && echo "round trip ok"
# A value is taken literally: no expansion when it is defined.
v=at-definition
alias e2='echo "[$v]"'
v=at-use
e2
# Undefined names: status 1, and the others are still processed.
alias nosuch a 2>/dev/null; echo "status $?"
alias a >/dev/null 2>&1; echo "status $?"
unalias nosuch 2>/dev/null; echo "status $?"
unalias a; echo "status $?"
alias a 2>/dev/null; echo "status $?"
# Redefining replaces the value.
alias b=one; alias b=two; alias b
unalias -a; alias | wc -l | tr -d ' '

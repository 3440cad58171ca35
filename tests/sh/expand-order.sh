# The order of expansions: results are not re-parsed, tilde and quotes in
# values are literal, splitting happens before globbing, and only unquoted.
mkdir d && cd d && touch a1 a2 b1
v='$HOME'
echo "$v" $v
v='~'
echo $v
v='"quoted"'
echo $v
v="'single'"
echo $v
v='$(echo not-run)'
echo $v
v='a* b*'
echo $v
echo "$v"
v='x;echo injected'
echo $v
v='a1|cat'
echo $v
# Globbing applies to the fields after splitting.
IFS=:
v='a*:b*'
echo $v
IFS=' 	
'
# Arithmetic result is split like any other unquoted expansion.
echo $((1+1))*
# Parameter expansion inside arithmetic happens first.
op=+
echo $((3 $op 4))
# A command substitution result is not expanded again.
echo $(echo '$HOME *')

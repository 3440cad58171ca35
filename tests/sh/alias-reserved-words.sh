# An alias may supply a reserved word wherever one may stand: 'do' after
# the word list of a for loop, then/fi/done/{/}/while; an alias ending in a
# blank makes the next word one too.  Also values that are empty, an
# operator such as '(' or a here-document operator.
alias d=do dn=done dd='do ' e=echo
for i in 1 2; d echo "for $i"; dn
for i in 3; dd e "aliased after do"; done
for i
d echo "no in"; done
alias th=then fi2=fi ob='{' cb='}' w=while
if true; th echo then; fi2
ob echo brace; cb
n=0
w [ $n -lt 2 ]; do n=$((n+1)); echo "while $n"; done
alias x='for i in a b; do'
x echo "$i"; done
alias empty=''
empty echo "after empty"
alias lp='('
lp echo "in paren" )
alias h='cat <<EOF'
h
here body
EOF
alias sp='echo ' v='value of v'
sp v

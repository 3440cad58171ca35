# Alias substitution inside alias values (XCU 2.3.1): recursion, the
# guard that stops an alias from expanding inside its own value, and the
# trailing blank that makes the next word a candidate too.
alias say='printf [%s]' nl='echo'
# An alias whose value starts with its own name is not expanded again.
alias echo='echo [own]'
echo x
unalias echo
# Mutual recursion stops: a -> b -> a (not expanded again) -> not found.
alias loop1=loop2 loop2=loop1
loop1 2>/dev/null || echo "loop stopped: $?"
# Chains: each value's first word is checked again.
alias c1=c2 c2=c3 c3='echo chained'
c1 ok
# A value ending in a blank makes the next word a candidate, at any depth.
alias run='say ' arg='word'
run arg; nl
alias x='y z ' y='say ' z=ZZ
x x; nl
# ...and the same alias may be used again once its value is read.
alias e='echo e '
e e e
# Without the trailing blank the next word is left alone.
alias plain='echo' w=WORD
plain w
# The trailing blank reaches past reserved words too (dash, bash).
alias fi=FI
e fi
unalias fi
# An empty value: the next word becomes the command word.
alias nothing=''
nothing echo after-empty
# A value may end inside a quote that the text after it closes.
alias q='echo "a'
q b"
# A value with a newline holds two commands.
alias two='echo first
echo second'
two
# Quoting any part of the word prevents substitution.
alias nocmd='echo no'
no"cmd" 2>/dev/null || echo "quoted part: not an alias"
# Only the command word is substituted, not arguments.
echo nocmd

# XCU 2.3.1 Alias Substitution: an unquoted command-name word that names an
# alias is replaced by its value; a value ending in a blank makes the next
# word eligible too; an alias is not expanded again inside its own value.
# Aliases take effect from the next line read, so each case is on its own line.
t() { printf '%s: %s\n' "$1" "$2"; }
alias say='printf %s'
t 2.3.1-basic "$(say ok)"
alias say2='say '
alias word=expanded
t 2.3.1-trailing-blank "$(say2 word)"
t 2.3.1-no-trailing-blank "$(say word)"
t 2.3.1-quoted-name-not-alias "$('say' x 2>/dev/null; echo " $?")"
t 2.3.1-escaped-name-not-alias "$(\say x 2>/dev/null; echo " $?")"
alias ls=ls_not_found
t 2.3.1-not-argument "$(echo ls)"
alias echo='echo rec'
t 2.3.1-no-recursion "$(echo x)"
unalias echo
alias a1=a2 a2=a3 a3='printf %s chain'
t 2.3.1-chain "$(a1)"
alias lp='for i in 1 2; do'
t 2.3.1-reserved-in-value "$(lp printf %s $i; done)"
alias semi='printf a; printf b'
t 2.3.1-operators-in-value "$(semi)"
t 2.3.1-after-semicolon "$(true; say after)"
t 2.3.1-after-pipe "$(true | say piped)"
t 2.3.1-after-and "$(true && say anded)"
t 2.3.1-in-subshell "$( (say paren) )"
t 2.3.1-in-brace "$({ say brace; })"
t 2.3.1-assignment-prefix "$(v=1 say prefixed)"
t 2.3.1-alias-listed "$(alias word)"
unalias word
t 2.3.1-unalias "$(alias word >/dev/null 2>&1; echo $?)"
alias x1='printf "[%s]" a'
t 2.3.1-value-args "$(x1 b)"
alias rd='printf red >'
t 2.3.1-redirect-in-value "$(rd rdf; cat rdf)"
unalias -a
t 2.3.1-unalias-a "$(alias | wc -l | tr -d ' ')"
alias pb='printf "[%s]" '
alias e1=''
t 2.3.1-empty-alias-after-blank "$(pb e1 z)"

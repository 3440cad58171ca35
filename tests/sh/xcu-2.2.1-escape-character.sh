# XCU 2.2.1 Escape Character (Backslash): a backslash that is not quoted
# preserves the literal value of the next character, except newline, where
# the backslash-newline pair is removed (line continuation).
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.2.1-space "$(printf '[%s]' a\ b)"
t 2.2.1-dollar "$(printf '%s' \$HOME)"
t 2.2.1-backslash "$(printf '%s' a\\b)"
t 2.2.1-semicolon "$(printf '%s' a\;b)"
t 2.2.1-pipe "$(printf '%s' a\|b)"
t 2.2.1-ampersand "$(printf '%s' a\&b)"
t 2.2.1-lt-gt "$(printf '%s' \<\>)"
t 2.2.1-parens "$(printf '%s' \(x\))"
t 2.2.1-squote "$(printf '%s' \'q\')"
t 2.2.1-dquote "$(printf '%s' \"q\")"
t 2.2.1-backquote "$(printf '%s' \`q\`)"
t 2.2.1-star "$(printf '%s' \*)"
t 2.2.1-question "$(printf '%s' \?)"
t 2.2.1-bracket "$(printf '%s' \[a])"
t 2.2.1-hash "$(printf '%s' \#x)"
t 2.2.1-tilde "$(printf '%s' \~)"
t 2.2.1-equals-not-assignment "$(a\=1 2>/dev/null; echo $?)"
t 2.2.1-ordinary-letter "$(printf '%s' \a\b\c)"
t 2.2.1-continuation "$(printf '%s' ab\
cd)"
t 2.2.1-continuation-between-words "$(printf '[%s]' ab \
cd)"
t 2.2.1-continuation-in-name "$(v\
ar=joined; printf '%s' "$var")"
t 2.2.1-continuation-in-dollar "$(x=val; printf '%s' $\
x)"
t 2.2.1-escaped-reserved-word "$(\if 2>/dev/null; echo $?)"
t 2.2.1-escaped-newline-in-comment "$(printf '%s' a # comment \
)"
t 2.2.1-tab "$(printf '[%s]' a\	b)"
t 2.2.1-escaped-operator-char "$(echo a\>b; ls)"

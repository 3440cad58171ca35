# XCU 2.2.2 Single-Quotes: every character inside single quotes keeps its
# literal value; a single quote cannot occur inside single quotes.
t() { printf '%s: %s\n' "$1" "$2"; }
x=val
t 2.2.2-dollar '$x'
t 2.2.2-backslash 'a\b'
t 2.2.2-backslash-n 'a\nb'
t 2.2.2-backquote '`echo no`'
t 2.2.2-dquote '"q"'
t 2.2.2-glob "$(printf '%s' '*')"
t 2.2.2-spaces-kept "$(printf '[%s]' 'a  b')"
t 2.2.2-empty "$(printf '[%s]' '')"
t 2.2.2-newline-kept "$(printf '%s' 'a
b' | wc -l | tr -d ' ')"
t 2.2.2-adjacent-concat 'a''b'
t 2.2.2-close-escape-reopen 'it'\''s'
t 2.2.2-tilde "$(printf '%s' '~')"
t 2.2.2-semicolon-pipe 'a;b|c&d'
t 2.2.2-hash "$(printf '%s' '#x')"
t 2.2.2-arith-not-expanded '$((1+1))'
t 2.2.2-backslash-at-end 'a\'
t 2.2.2-reserved-word-quoted "$('if' 2>/dev/null; echo $?)"
t 2.2.2-assignment-quoted "$('a=1' 2>/dev/null; echo $?)"
t 2.2.2-backslash-newline-kept "$(printf '%s' 'a\
b' | wc -l | tr -d ' ')"
t 2.2.2-in-word-middle ab'c d'ef

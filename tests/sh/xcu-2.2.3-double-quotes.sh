# XCU 2.2.3 Double-Quotes: characters keep their literal value except $, `
# and \ (and ! is not special); parameter, command and arithmetic expansion
# happen; backslash keeps its meaning only before $ ` " \ and newline.
t() { printf '%s: %s\n' "$1" "$2"; }
x=val
t 2.2.3-param "[$x]"
t 2.2.3-param-braces "[${x}]"
t 2.2.3-cmdsub "[$(echo cs)]"
t 2.2.3-backquote "[`echo bq`]"
t 2.2.3-arith "[$((2*3))]"
t 2.2.3-escaped-dollar "\$x"
t 2.2.3-escaped-backquote "\`"
t 2.2.3-escaped-dquote "\""
t 2.2.3-escaped-backslash "\\"
t 2.2.3-backslash-other-kept "\a\n\t"
t 2.2.3-backslash-newline-removed "ab\
cd"
t 2.2.3-squote-literal "'$x'"
t 2.2.3-no-field-splitting "$(y='a  b'; printf '[%s]' "$y")"
t 2.2.3-no-pathname-expansion "$(: >f1; printf '%s' "f*")"
t 2.2.3-no-tilde "$(printf '%s' "~")"
t 2.2.3-empty-is-field "$(printf '[%s]' "")"
t 2.2.3-unset-empty-field "$(unset u; printf '[%s]' "$u")"
t 2.2.3-cmdsub-nested-quotes "$(echo "in $(echo "deep")")"
t 2.2.3-param-word-quotes "${u-"a b"}"
t 2.2.3-at-separate-fields "$(set -- a 'b c'; printf '[%s]' "$@")"
t 2.2.3-star-joined "$(set -- a 'b c'; printf '[%s]' "$*")"
t 2.2.3-reserved-quoted "$("if" 2>/dev/null; echo $?)"
t 2.2.3-operators-literal "a;b|c&d<e>f"
t 2.2.3-hash-literal "#x"
t 2.2.3-glob-chars "*?["
t 2.2.3-backslash-in-backquote "`printf '%s' 'a\\b'`"
t 2.2.3-mixed-quotes "a"'b'c"d"
t 2.2.3-escaped-dollar-brace "\${x}"

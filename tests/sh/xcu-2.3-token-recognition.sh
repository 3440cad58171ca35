# XCU 2.3 Token Recognition: operators end words, quotes do not, comments run
# to the end of the line, and $ { ( ` start nested units inside a word.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.3-operator-ends-word "$({ echo a;echo b; } | tr '\n' ,)"
t 2.3-pipe-no-spaces "$(echo ab|tr a x)"
t 2.3-and-no-spaces "$(true&&echo y)"
t 2.3-or-no-spaces "$(false||echo y)"
t 2.3-redirect-no-space "$(echo r>f; cat f)"
t 2.3-io-number "$(sh -c 'echo e >&2' 2>&1 >/dev/null)"
t 2.3-io-number-needs-adjacent "$(echo 2 >f; cat f)"
t 2.3-io-number-not-digits "$(echo a2>f; cat f)"
t 2.3-dgreat "$(echo a>f; echo b>>f; cat f | tr '\n' ,)"
t 2.3-quotes-join-word "$(printf '[%s]' a'b'"c"d)"
t 2.3-comment "$(echo a # b c
)"
t 2.3-hash-mid-word "$(echo a#b)"
t 2.3-hash-after-quote "$(echo ''#b)"
t 2.3-comment-after-operator "$({ echo a;# echo b
echo c; } | tr '\n' ,)"
t 2.3-blank-separates "$(printf '[%s]' a	b  c)"
t 2.3-dollar-paren-in-word "$(printf '[%s]' x$(echo a b)y)"
t 2.3-param-in-word "$(v=1; printf '[%s]' a${v}b)"
t 2.3-backquote-in-word "$(printf '[%s]' a`echo b`c)"
t 2.3-arith-in-word "$(printf '[%s]' a$((1+1))b)"
t 2.3-paren-operator "$( (echo sub) )"
t 2.3-newline-separates "$({ echo a
echo b; } | tr '\n' ,)"
t 2.3-semi-semi-case "$(case a in a) echo m;; esac)"
t 2.3-clobber-operator "$(set -C; : >cl; echo x >|cl; cat cl)"
t 2.3-lessgreat "$(echo lg >lg; cat <>lg)"
t 2.3-heredoc-operator "$(cat <<E
h
E
)"
t 2.3-empty-quotes-word "$(set -- '' ""; echo $#)"

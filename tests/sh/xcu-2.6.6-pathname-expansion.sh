# XCU 2.6.6 Pathname Expansion: unquoted fields with *, ? or [ are replaced
# by the sorted matching pathnames; a pattern without matches is left as is;
# set -f turns it off.
t() { printf '%s: %s\n' "$1" "$2"; }
mkdir -p d/sub d/.hid
: >d/a1; : >d/a2; : >d/b1; : >d/.dot; : >d/sub/s1; : >'d/sp ace'
t 2.6.6-star "$(echo d/a*)"
t 2.6.6-question "$(echo d/?1)"
t 2.6.6-bracket "$(echo d/[ab]1)"
t 2.6.6-bracket-negate "$(echo d/[!a]1)"
t 2.6.6-range "$(echo d/a[1-2])"
t 2.6.6-no-match-unchanged "$(echo d/z*)"
t 2.6.6-sorted "$(echo d/*1)"
t 2.6.6-dot-not-matched "$(echo d/*dot)"
t 2.6.6-dot-explicit "$(echo d/.d*)"
t 2.6.6-slash-not-matched "$(echo d*s1)"
t 2.6.6-multi-component "$(echo d/*/s*)"
t 2.6.6-trailing-slash-dirs "$(echo d/s*/)"
t 2.6.6-quoted-star "$(echo "d/a*")"
t 2.6.6-escaped-star "$(echo d/a\*)"
t 2.6.6-partly-quoted "$(echo "d/a"*)"
t 2.6.6-noglob "$(set -f; echo d/a*)"
t 2.6.6-from-variable "$(p='d/b*'; echo $p)"
t 2.6.6-variable-quoted "$(p='d/b*'; echo "$p")"
t 2.6.6-space-in-name-one-field "$(set -- d/sp*; echo $#)"
t 2.6.6-assignment-no-glob "$(v=d/a*; echo "$v")"
t 2.6.6-case-word-no-glob "$(case d/a* in 'd/a*') echo lit;; esac)"
t 2.6.6-redirect-no-match-literal "$(echo r >'d/q*'; ls d | grep -c 'q')"
t 2.6.6-unmatched-bracket "$(echo d/[a)"
t 2.6.6-not-after-split-only "$(IFS=:; p='d/a1:d/b*'; echo $p)"
t 2.6.6-hidden-dir-explicit "$(echo d/.h*)"
t 2.6.6-class "$(echo d/[[:alpha:]][[:digit:]] )"
t 2.6.6-star-alone-in-dir "$(cd d/sub; echo *)"
t 2.6.6-unreadable-component-literal "$(echo nodir/*)"

# XCU 2.9.2 Pipelines: stdout of each command to stdin of the next; status
# of the last command; ! negates.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.9.2-basic "$(echo abc | tr b x)"
t 2.9.2-three "$(echo abc | tr a x | tr c y)"
t 2.9.2-status-last "$(true | false; echo $?)"
t 2.9.2-status-last-true "$(false | true; echo $?)"
t 2.9.2-bang-true "$(! true | true; echo $?)"
t 2.9.2-bang-false "$(! false; echo $?)"
t 2.9.2-waits-all "$( (sleep 0; echo late >pw) | true; cat pw)"
t 2.9.2-redirect-applies-before "$(echo x | cat 2>/dev/null)"
t 2.9.2-stderr-not-piped "$(sh -c 'echo e >&2; echo o' 2>/dev/null | cat)"
t 2.9.2-stderr-dup-piped "$(sh -c 'echo e >&2' 2>&1 | cat)"
t 2.9.2-compound-in-pipe "$({ echo a; echo b; } | wc -l | tr -d ' ')"
t 2.9.2-newline-after-pipe "$(echo nl |
tr n N)"
t 2.9.2-subshell-vars-not-kept "$(v=1; echo x | v=2; echo $v)"
t 2.9.2-function-in-pipe "$(f() { tr a b; }; echo aa | f)"
t 2.9.2-loop-in-pipe "$(printf '1\n2\n' | while read l; do printf %s $l; done)"
t 2.9.2-bang-pipeline-status "$(! echo x | false; echo $?)"
t 2.9.2-explicit-redirect-overrides "$(echo over | echo mine)"

# XCU 2.14 Special Built-In Utilities: shift, times, trap, unset; and what
# makes them special (assignments before them persist, their errors end the
# shell, command takes that away).
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.14-shift-one "$(set -- a b c; shift; echo $#$1)"
t 2.14-shift-n "$(set -- a b c; shift 2; echo $#$1)"
t 2.14-shift-all "$(set -- a b; shift 2; echo $#)"
t 2.14-shift-too-many-fails "$("$SH" -c 'set -- a; shift 2' 2>/dev/null; [ $? -ne 0 ] && echo failed)"
t 2.14-times-two-lines "$(times | wc -l | tr -d ' ')"
t 2.14-trap-list-reinput "$("$SH" -c 'trap "echo x" USR1; trap >tl; trap - USR1; . ./tl; trap' | grep -c USR1)"
t 2.14-trap-ignore "$("$SH" -c 'trap "" USR2; kill -USR2 $$; echo alive')"
t 2.14-trap-status "$(trap 'echo x' USR1; echo $?)"
t 2.14-trap-invalid-signal "$(trap 'echo x' NOSUCHSIG 2>/dev/null; [ $? -ne 0 ] && echo failed)"
t 2.14-unset-var "$(uv=1; unset uv; echo "[${uv-unset}]")"
t 2.14-unset-v "$(uv=1; unset -v uv; echo "[${uv-unset}]")"
t 2.14-unset-f "$(uf() { :; }; unset -f uf; uf 2>/dev/null; echo $?)"
t 2.14-unset-nonexistent-ok "$(unset nosuchvar_xcu; echo $?)"
t 2.14-unset-var-before-function "$(both=1; both() { echo fn; }; unset both; printf '[%s]' "${both-unset}"; both)"
t 2.14-assignment-before-special-persists "$(sp=kept :; echo $sp)"
t 2.14-special-error-exits "$("$SH" -c 'readonly rr=1; export rr=2; echo not' 2>/dev/null; [ $? -ne 0 ] && echo exited)"
t 2.14-command-prevents-exit "$("$SH" -c 'readonly rc=1; command export rc=2 2>/dev/null; echo cont')"

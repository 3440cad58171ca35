# XCU 2.11 Signals and Error Handling (non-interactive, no job control):
# a trapped signal runs its action and does not stop the shell; EXIT traps;
# trap - restores the default; wait is interrupted by a trapped signal.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.11-trap-runs-on-signal "$("$SH" -c 'trap "echo caught" USR1; kill -USR1 $$; echo after' | tr '\n' ,)"
t 2.11-trap-exit "$("$SH" -c 'trap "echo atexit" EXIT; echo body' | tr '\n' ,)"
t 2.11-trap-exit-status-kept "$("$SH" -c 'trap "true" EXIT; exit 4'; echo $?)"
t 2.11-trap-exit-sees-status "$("$SH" -c 'trap "echo \$?" EXIT; (exit 5)')"
t 2.11-trap-reset-default "$("$SH" -c 'trap "echo t" USR1; trap - USR1; kill -USR1 $$; echo not'; [ $? -ne 0 ] && echo default)"
t 2.11-trap-numeric-signal "$("$SH" -c 'trap "echo hup" 1; kill -HUP $$')"
t 2.11-trap-multiple "$("$SH" -c 'trap "echo both" USR1 USR2; kill -USR2 $$')"
t 2.11-trap-action-evaluated-late "$("$SH" -c 'v=early; trap "echo \$v" EXIT; v=late')"
t 2.11-exit-in-trap "$("$SH" -c 'trap "exit 9" USR1; kill -USR1 $$; echo not'; echo $?)"
t 2.11-trap-status-restored "$("$SH" -c 'trap "false" USR1; true; kill -USR1 $$; echo $?')"
t 2.11-wait-interrupted-by-trap "$("$SH" -c 'trap "echo trapped" USR1; sleep 5 & p=$!; (sleep 0.5; kill -USR1 $$) & wait $p; s=$?; kill $p 2>/dev/null; [ $s -gt 128 ] && echo waitgt128' | tr '\n' ,)"
t 2.11-trap-exit-in-subshell "$( (trap 'echo sx' EXIT; echo body) | tr '\n' ,)"
t 2.11-trap-exit-cmdsub "$(x=$(trap 'echo cx' EXIT; echo b); echo $x)"
t 2.11-trap-err-status "$("$SH" -c 'trap "exit 7" TERM; kill -TERM $$'; echo $?)"
t 2.11-exit-trap-exit-code "$("$SH" -c 'trap "exit 3" EXIT; exit 1'; echo $?)"

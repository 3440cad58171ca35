# XCU 2.11 Signals and Error Handling (non-interactive, no job control):
# signals ignored on entry stay ignored, asynchronous commands ignore SIGINT
# and SIGQUIT, traps run, and a trapped signal does not stop the shell.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.11-trap-runs-on-signal "$("$SH" -c 'trap "echo caught" USR1; kill -USR1 $$; echo after' | tr '\n' ,)"
t 2.11-trap-exit "$("$SH" -c 'trap "echo atexit" EXIT; echo body' | tr '\n' ,)"
t 2.11-trap-exit-status-kept "$("$SH" -c 'trap "true" EXIT; exit 4'; echo $?)"
t 2.11-trap-exit-sees-status "$("$SH" -c 'trap "echo \$?" EXIT; (exit 5)')"
t 2.11-untrapped-term-kills "$("$SH" -c 'kill -TERM $$; echo not'; echo $?)"
t 2.11-ignored-signal "$("$SH" -c 'trap "" TERM; kill -TERM $$; echo survived')"
t 2.11-ignored-on-entry-stays "$("$SH" -c 'trap "" TERM; "$SH" -c "trap \"echo t\" TERM; kill -TERM \$\$; echo kept"')"
t 2.11-ignored-inherited-by-child "$("$SH" -c 'trap "" USR1; sh -c "kill -USR1 \$\$; echo childok"')"
t 2.11-trap-not-inherited-by-child "$("$SH" -c 'trap "echo no" USR1; sh -c "kill -USR1 \$\$; echo not"'; [ $? -ne 0 ] && echo default)"
t 2.11-async-ignores-int "$("$SH" -c 'sh -c "kill -INT \$\$; echo bgok" & wait')"
t 2.11-async-ignores-quit "$("$SH" -c 'sh -c "kill -QUIT \$\$; echo bgok" & wait')"
t 2.11-trap-reset-default "$("$SH" -c 'trap "echo t" USR1; trap - USR1; kill -USR1 $$; echo not'; [ $? -ne 0 ] && echo default)"
t 2.11-trap-in-subshell-reset "$("$SH" -c 'trap "echo parent" USR1; (sh -c "kill -USR1 \$PPID"; echo not); [ $? -ne 0 ] && echo reset')"
t 2.11-trap-numeric-signal "$("$SH" -c 'trap "echo hup" 1; kill -HUP $$')"
t 2.11-trap-multiple "$("$SH" -c 'trap "echo both" USR1 USR2; kill -USR2 $$')"
t 2.11-trap-action-evaluated-late "$("$SH" -c 'v=early; trap "echo \$v" EXIT; v=late')"
t 2.11-exit-in-trap "$("$SH" -c 'trap "exit 9" USR1; kill -USR1 $$; echo not'; echo $?)"
t 2.11-trap-status-restored "$("$SH" -c 'trap "false" USR1; true; kill -USR1 $$; echo $?')"
t 2.11-wait-interrupted-by-trap "$("$SH" -c 'trap "echo trapped" USR1; sleep 5 & p=$!; (sleep 0.5; kill -USR1 $$) & wait $p; s=$?; kill $p 2>/dev/null; [ $s -gt 128 ] && echo waitgt128' | tr '\n' ,)"

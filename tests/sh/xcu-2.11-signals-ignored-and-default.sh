# XCU 2.11 Signals and Error Handling (non-interactive, no job control):
# untrapped signals take their default action, signals ignored on entry stay
# ignored, asynchronous commands ignore SIGINT and SIGQUIT, and children and
# subshells get default actions for trapped signals.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.11-untrapped-term-kills "$("$SH" -c 'kill -TERM $$; echo not'; echo $?)"
t 2.11-ignored-signal "$("$SH" -c 'trap "" TERM; kill -TERM $$; echo survived')"
t 2.11-ignored-on-entry-stays "$("$SH" -c 'trap "" TERM; "$SH" -c "trap \"echo t\" TERM; kill -TERM \$\$; echo kept"')"
t 2.11-ignored-inherited-by-child "$("$SH" -c 'trap "" USR1; sh -c "kill -USR1 \$\$; echo childok"')"
t 2.11-trap-not-inherited-by-child "$("$SH" -c 'trap "echo no" USR1; sh -c "kill -USR1 \$\$; echo not"'; [ $? -ne 0 ] && echo default)"
t 2.11-async-ignores-int "$("$SH" -c 'sh -c "kill -INT \$\$; echo bgok" & wait')"
t 2.11-async-ignores-quit "$("$SH" -c 'sh -c "kill -QUIT \$\$; echo bgok" & wait')"
t 2.11-trap-in-subshell-reset "$("$SH" -c 'trap "echo parent" USR1; (sh -c "kill -USR1 \$PPID"; echo not); [ $? -ne 0 ] && echo reset')"

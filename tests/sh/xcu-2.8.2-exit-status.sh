# XCU 2.8.2 Exit Status for Commands: 127 not found, 126 not executable,
# 128+n for a signal, and the status of the last command.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.8.2-not-found-127 "$(nosuch_xcu 2>/dev/null; echo $?)"
t 2.8.2-not-found-path-127 "$(./nosuch_xcu 2>/dev/null; echo $?)"
t 2.8.2-not-executable-126 "$(: >nx; chmod -x nx; ./nx 2>/dev/null; echo $?)"
t 2.8.2-directory-126 "$(mkdir -p dd; ./dd 2>/dev/null; echo $?)"
t 2.8.2-signal-128-plus "$(sh -c 'kill -TERM $$'; echo $?)"
t 2.8.2-exit-value "$("$SH" -c 'exit 3'; echo $?)"
t 2.8.2-exit-value-mod-256 "$("$SH" -c 'exit 300' 2>/dev/null; echo $?)"
t 2.8.2-last-command-status "$("$SH" -c 'false; true'; echo $?)"
t 2.8.2-script-end-status "$("$SH" -c 'true; false'; echo $?)"
t 2.8.2-redirect-failure-nonzero "$(echo x >nodir/f 2>/dev/null; [ $? -ne 0 ] && echo failed)"
t 2.8.2-expansion-cmdsub-status "$(x=$(exit 7); echo $?)"
t 2.8.2-empty-command-status "$(false; \$u 2>/dev/null; true; echo $?)"
t 2.8.2-cmdsub-only-command "$(false; $(exit 4); echo $?)"

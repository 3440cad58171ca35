# XCU 2.8.1 Consequences of Shell Errors: errors that do not end a
# non-interactive shell: command not found, redirection errors on regular
# builtins, compound commands and functions, special builtins under command.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.8.1-regular-builtin-redirect-continues "$("$SH" -c 'cat <nofile; echo cont' 2>/dev/null)"
t 2.8.1-not-found-continues "$("$SH" -c 'nosuch_xcu; echo cont' 2>/dev/null)"
t 2.8.1-compound-redirect-continues "$("$SH" -c '{ :; } <nofile; echo cont' 2>/dev/null)"
t 2.8.1-function-redirect-continues "$("$SH" -c 'f() { :; }; f <nofile; echo cont' 2>/dev/null)"
t 2.8.1-command-prefix-no-exit "$("$SH" -c 'command : <nofile; echo cont' 2>/dev/null)"

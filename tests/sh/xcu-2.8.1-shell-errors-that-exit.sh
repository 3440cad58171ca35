# XCU 2.8.1 Consequences of Shell Errors: errors that end a non-interactive
# shell: syntax errors, special builtin errors and redirection errors,
# readonly assignments, expansion errors, dot on a missing file.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.8.1-syntax-error-exits "$("$SH" -c 'echo a; if' 2>/dev/null; [ $? -ne 0 ] && echo exited)"
t 2.8.1-special-builtin-redirect-exits "$("$SH" -c ': <nofile; echo not' 2>/dev/null; [ $? -ne 0 ] && echo exited)"
t 2.8.1-readonly-assignment-exits "$("$SH" -c 'readonly r=1; r=2; echo not' 2>/dev/null; [ $? -ne 0 ] && echo exited)"
t 2.8.1-expansion-error-exits "$("$SH" -c 'echo ${u?}; echo not' 2>/dev/null; [ $? -ne 0 ] && echo exited)"
t 2.8.1-syntax-error-status "$("$SH" -c 'if' 2>/dev/null; echo $?)"
t 2.8.1-dot-missing-exits "$("$SH" -c '. ./nofile; echo not' 2>/dev/null; [ $? -ne 0 ] && echo exited)"

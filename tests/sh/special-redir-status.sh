# A redirection error on a special builtin is a special built-in error
# (XCU 2.8.1): it ends a non-interactive shell with status 2, as the other
# special built-in errors do (and as in dash).
"$SH" -c 'exec 4<nofile; echo not reached' 2>/dev/null
echo "exec: $?"
"$SH" -c ': <nofile; echo not reached' 2>/dev/null
echo "colon: $?"
"$SH" -c 'set -- a; shift 2 >nodir/x; echo not reached' 2>/dev/null
echo "shift: $?"
# Through command, exec loses its special properties: the shell goes on.
"$SH" -c 'command exec 4<nofile; echo went on' 2>/dev/null
# A regular builtin with a failed redirection just fails.
"$SH" -c 'echo x <nofile; echo went on' 2>/dev/null

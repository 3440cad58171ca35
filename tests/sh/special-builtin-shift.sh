# cosh-only: POSIX lets a shell exit or go on after shift N > $#; cosh exits, like dash
# shift N with N > $# is an error of a special builtin: a non-interactive shell exits.
"$SH" -c 'shift 5; echo never' 2>/dev/null
echo "shift 5 with no params: exited, status non-zero $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'set -- a; shift 3; echo never' 2>/dev/null
echo "shift 3 with one param: exited $([ $? -ne 0 ] && echo yes)"
# Through command, the special property is gone: the shell goes on.
"$SH" -c 'command shift 5 2>/dev/null; echo "via command: status non-zero $([ $? -ne 0 ] && echo yes)"'
# In a subshell only the subshell exits.
"$SH" -c '(shift 5; echo never) 2>/dev/null; echo "subshell exited, parent goes on"'

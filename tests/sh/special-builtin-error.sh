# An error in a special builtin exits a non-interactive shell; in a regular one it does not.
# (shift with too few parameters may or may not exit: see special-builtin-shift.sh.)
"$SH" -c 'set -o no_such_option; echo never' 2>/dev/null
echo "set -o error: exited, status non-zero $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'readonly v=1; v=2; echo never' 2>/dev/null
echo "assignment to readonly: exited $([ $? -ne 0 ] && echo yes)"
"$SH" -c '. /nonexistent/file; echo never' 2>/dev/null
echo "dot missing file: exited $([ $? -ne 0 ] && echo yes)"
# A redirection error on a special builtin exits too.
"$SH" -c ': <nonexistent_file; echo never' 2>/dev/null
echo "redirection error on ':': exited $([ $? -ne 0 ] && echo yes)"
# Regular builtins: the shell goes on.
"$SH" -c 'cd /nonexistent 2>/dev/null; echo "after cd error: $([ $? -ne 0 ] && echo non-zero)"'
"$SH" -c 'cat 2>/dev/null <nonexistent_file; echo "after redirection error on a utility"'
"$SH" -c 'read x 2>/dev/null <nonexistent_file; echo "after redirection error on read"'
"$SH" -c 'nonexistent_cmd_xyz 2>/dev/null; echo "after command not found"'
# In a subshell the error exits only the subshell.
"$SH" -c '(set -o no_such_option; echo never) 2>/dev/null; echo "subshell exited, parent goes on"'

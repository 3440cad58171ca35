# "command ." of a file that cannot be read is an error (non-zero status)
# that does not end the shell: command takes away the special-builtin
# property; a plain "." of it ends a non-interactive shell.  (bash exits only
# with --posix.)
command . ./no-such-file 2>/dev/null
echo "command . status nonzero: $([ $? -ne 0 ] && echo yes)"
"$SH" -c '. ./no-such-file; echo not-reached' 2>/dev/null
echo "plain . ends the shell: $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'command . ./no-such-file; echo still-here' 2>/dev/null

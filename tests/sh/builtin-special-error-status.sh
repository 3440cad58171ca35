# An error of a special builtin ends a non-interactive shell (XCU 2.8.1)
# with status 2, as dash does; exec keeps 127 for a command not found.
# (bash --posix leaves with 1, or goes on after unset.)
"$SH" -c 'readonly R=1; unset R; echo went on' 2>/dev/null
echo "unset readonly: $?"
"$SH" -c 'unset %; echo went on' 2>/dev/null
echo "unset bad name: $?"
"$SH" -c 'readonly R=1; export R=2; echo went on' 2>/dev/null
echo "export readonly: $?"
"$SH" -c 'shift 5; echo went on' 2>/dev/null
echo "shift too far: $?"
"$SH" -c 'exec ./no-such-command; echo went on' 2>/dev/null
echo "exec not found: $?"
"$SH" -c 'readonly R=1; command unset R; echo "went on: $([ $? -ne 0 ] && echo failed)"' 2>/dev/null

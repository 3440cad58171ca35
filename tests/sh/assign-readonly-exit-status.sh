# Assigning to a readonly variable, alone or before a command, is a
# variable assignment error: a non-interactive shell exits with status 2,
# as dash and mksh do (bash goes on).
"$SH" -c 'readonly a=1; a=2; echo never' 2>/dev/null; echo "alone: $?"
"$SH" -c 'readonly a=1; a=2 true; echo never' 2>/dev/null; echo "prefix: $?"
"$SH" -c 'readonly a=1; a=2 command true; echo never' 2>/dev/null; echo "before command: $?"

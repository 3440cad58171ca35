# The status of a command with only assignments is that of the last command substitution.
a=$(true) b=$(false)
echo "last false: $?"
a=$(false) b=$(true)
echo "last true: $?"
a=$(exit 3)
echo "exit 3: $?"
# With a command, the command's status counts.
v=$(false) true
echo "command true: $?"
echo "$(false)"
echo "echo after false subst: $?"
# Redirection-only commands with a substitution.
>"$(echo file)"
test -f file && echo "redirection target from substitution"
# Trailing newlines only: the result is empty.
e=$(printf '\n\n\n')
echo "[$e]"
# Output of several commands and of a function.
f() { echo f1; echo f2; }
echo "$(f; echo three)" | tr '\n' ' '; echo
# stderr is not captured.
v=$( { echo out; echo err >&2; } 2>/dev/null)
echo "[$v]"

# eval: joins its arguments with spaces and runs the result in the current shell.
eval echo hello
eval 'v=set-by-eval'
echo "v=$v"
cmd='echo a; echo b'
eval "$cmd"
eval "for i in 1 2; do echo loop \$i; done"
# Indirect variable access.
name=target target=found
eval "echo \$$name"
eval "$name=assigned"
echo "target=$target"
# Status is that of the last command; empty eval gives 0.
eval false; echo "eval false: $?"
false; eval ''; echo "empty eval: $?"
eval '(exit 5)'; echo "eval exit 5: $?"
# Quoting round trip.
s="it's a \"test\" with \$dollar"
q=$(printf '%s' "$s" | sed "s/'/'\\\\''/g")
eval "r='$q'"
[ "$r" = "$s" ] && echo "round trip exact"
# Functions defined in eval persist.
eval 'g() { echo "g from eval"; }'
g
# A syntax error in eval: the shell reports it (exits when non-interactive).
"$SH" -c 'eval "if"; echo never' 2>/dev/null
echo "syntax error in eval: status non-zero $([ $? -ne 0 ] && echo yes)"

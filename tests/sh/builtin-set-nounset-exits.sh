# set -u: an unset variable is an error that ends a non-interactive shell
# (non-zero status, a message naming the variable), also inside a function
# and a compound command.
"$SH" -c 'set -u; echo before; echo $nope; echo after' 2>err
echo "status nonzero: $([ $? -ne 0 ] && echo yes)"
grep -c nope err
"$SH" -c 'set -u; f() { echo "$nope"; echo in-f; }; f; echo after' 2>/dev/null
echo "status nonzero: $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'set -u; { echo "${nope}x"; } ; echo after' 2>/dev/null
echo "status nonzero: $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'set -u; echo "${nope-default}" "${#}"; echo ok' 2>/dev/null

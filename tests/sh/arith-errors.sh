# Arithmetic errors: division by zero and syntax errors fail; the shell goes on
# in a subshell, and exits a non-interactive shell.
"$SH" -c 'echo $((1 / 0)); echo never' 2>/dev/null
echo "div by zero fails: $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'echo $((5 % 0)); echo never' 2>/dev/null
echo "mod by zero fails: $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'echo $((1 +)); echo never' 2>/dev/null
echo "syntax error fails: $([ $? -ne 0 ] && echo yes)"
out=$("$SH" -c 'echo $((2 * (3 + 4)))')
echo "ok: $out"

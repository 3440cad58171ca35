# A syntax error in a -c string ends the shell with status 2 even with
# -i: an interactive shell goes on only where someone can type again.
"$SH" -i -c 'var=)' 2>/dev/null
echo "status: $?"
"$SH" -i -c 'echo before
var=)
echo after' 2>/dev/null
echo "status: $?"
# Standard input that ends in a syntax error: $? is the 2 of the error,
# not 0.
echo ')' | "$SH" -i 2>/dev/null
echo "stdin: $?"

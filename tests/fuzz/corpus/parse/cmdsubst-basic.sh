# Command substitution: $( ) and backquotes, trailing newlines, nesting.
echo "[$(echo hello)]"
echo "[`echo hello`]"
# Trailing newlines are removed, inner ones kept.
v=$(printf 'a\n\nb\n\n\n')
echo "[$v]"
# Unquoted results are split; quoted are not.
w=$(echo "x   y")
echo $(echo "x   y") "$(echo "x   y")"
# Nesting.
echo $(echo outer $(echo inner $(echo innermost)))
echo `echo outer \`echo inner\``
# Quotes inside $( ) are independent of the outer quotes.

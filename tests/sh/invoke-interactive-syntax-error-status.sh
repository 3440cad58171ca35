# A syntax error that is the last thing an interactive shell reads leaves
# status 2 when the input ends (echo ')' | sh -i); the prompt itself shows.
echo ')' | "$SH" -i >/dev/null 2>&1
echo "stdin: $?"
"$SH" -i -c ')' >/dev/null 2>&1
echo "-c: $?"
"$SH" -i -c 'var=)' >/dev/null 2>&1
echo "var=): $?"

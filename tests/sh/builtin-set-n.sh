# set -n in a non-interactive shell: commands are read but not run, from
# the very next command on (even on the same line), and syntax errors
# are still found.
"$SH" -c 'echo before; set -n; echo same-line
echo next-line
exit 7'
echo "status $?"
"$SH" -c 'set -n
if true; then echo no; fi
f() { echo no; }
f'
echo "status $?"
"$SH" -c 'set -n
echo no
if then' 2>/dev/null
echo "syntax error status $?"

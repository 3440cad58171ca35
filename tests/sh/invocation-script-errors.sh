# cosh-only: dash runs a directory as an empty script (bash agrees with this test but for the wording)
# A script operand that cannot be run: 127 when it does not exist, 126
# when it is a directory (as bash; dash and mksh run a directory as an
# empty script) or unreadable, each with a message naming it.
d=${TMPDIR:-/tmp}/cosh-inv.$$
mkdir "$d" || exit 1
"$SH" "$d" 2>/dev/null; echo "directory $?"
"$SH" "$d/missing" 2>/dev/null; echo "missing $?"
"$SH" "$d" 2>&1 | sed "s|$d|DIR|"
rmdir "$d"

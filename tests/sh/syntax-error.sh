# Syntax errors: status 2 for sh -c; a script runs the lines before the error.
"$SH" -c 'if' 2>/dev/null; echo "if alone: $?"
"$SH" -c 'echo (' 2>/dev/null; echo "unmatched (: $?"
"$SH" -c 'fi' 2>/dev/null; echo "fi alone: $?"
"$SH" -c 'for do' 2>/dev/null; echo "bad for: $?"
"$SH" -c 'case x in' 2>/dev/null; echo "unterminated case: $?"
"$SH" -c 'echo "unterminated' 2>/dev/null; echo "unterminated quote: $?"
"$SH" -c '{ echo x' 2>/dev/null; echo "unterminated group: $?"
"$SH" -c 'a && && b' 2>/dev/null; echo "double &&: $?"
"$SH" -c '| cat' 2>/dev/null; echo "leading pipe: $?"
# A script runs the complete commands before the bad line, then exits.
cat >late.sh <<'END'
echo line one
echo line two
if then
echo never
END
"$SH" late.sh 2>/dev/null; echo "late error status: $?"
cat >mid.sh <<'END'
v=1
echo "v=$v"
f() { echo "f ran"; }
f
done
f
END
"$SH" mid.sh 2>/dev/null; echo "mid error status: $?"
# An error message goes to stderr, not stdout.
out=$("$SH" -c 'if' 2>/dev/null)
echo "stdout: [$out]"

# cosh-only: dash as built by Debian does not set LINENO (checked with bash --posix)
# LINENO is the line number of the current command in the script.
echo "line $LINENO"
f() {
  echo "in function, line $LINENO"
}
echo "line $LINENO"
f
if true
then
  echo "in if, line $LINENO"
fi
"$SH" -c 'echo "sh -c, line $LINENO"'
cat >s.sh <<'END'

echo "s.sh line $LINENO"
END
"$SH" s.sh

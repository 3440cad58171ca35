# cosh-only: dash does not set LINENO; bash --posix agrees with cosh
# XCU 2.5.3 Shell Variables: LINENO is the current line number (from 1)
# within the script or function being executed.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.5.3-lineno-script "$LINENO"
t 2.5.3-lineno-sh-c "$("$SH" -c ':
echo $LINENO')"
t 2.5.3-lineno-after-continuation "$("$SH" -c 'echo a \
b >/dev/null
echo $LINENO')"
t 2.5.3-lineno-heredoc-counted "$("$SH" -c 'cat <<E >/dev/null
1
2
E
echo $LINENO')"

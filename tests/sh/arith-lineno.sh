# cosh-only: dash reads LINENO as 0 inside $(( )); bash and mksh agree with this output.
# LINENO inside $(( )) is the current line, as $LINENO is.
echo $((LINENO)) $LINENO

echo $((LINENO + 1))
x=$((LINENO * 2)); echo $x

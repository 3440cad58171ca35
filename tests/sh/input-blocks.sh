# cosh-only: the messages are cosh's ("cosh: FILE: line N: ...")
# Scripts read in blocks (64 KiB for a file, 8 KiB for stdin): line
# numbers stay exact past the block boundaries (LINENO, a command's error,
# a syntax error), a here-document may cross a boundary, and the last line
# needs no newline.
i=1
while [ $i -le 1200 ]; do
	echo ": padding line $i, long enough to fill blocks quickly ......"
	i=$((i + 1))
done > big.sh
cat >> big.sh <<'END'
echo "LINENO $LINENO"
nosuchcommand_here
cat <<'DOC' | wc -l
END
i=1
while [ $i -le 1200 ]; do
	echo "here-document line $i crosses a block boundary ................"
	i=$((i + 1))
done >> big.sh
cat >> big.sh <<'END'
DOC
echo "after the here-document, LINENO $LINENO"
if true; then
	echo "unterminated
END
wc -c < big.sh | awk '{ print ($1 > 131072) ? "bigger than two blocks" : "too small" }'
echo "== file"
"$SH" big.sh 2>&1; echo "status $?"
echo "== stdin file"
"$SH" < big.sh 2>&1; echo "status $?"
echo "== stdin pipe"
cat big.sh | "$SH" 2>&1; echo "status $?"
echo "== dot file"
"$SH" -c '. ./big.sh' 2>&1; echo "status $?"

# No newline at the end: the last line still runs.
printf 'echo one\necho "two, no newline"' > nonl.sh
echo "== no final newline"
"$SH" nonl.sh
"$SH" < nonl.sh
cat nonl.sh | "$SH"
"$SH" -c '. ./nonl.sh'
printf 'cat <<EOF\nbody without newline\nEOF' > nonl2.sh
"$SH" nonl2.sh

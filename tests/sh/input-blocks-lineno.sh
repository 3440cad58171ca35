# cosh-only: dash as built by Debian does not set LINENO (bash --posix, mksh and yash agree with this output)
# Scripts longer than the blocks they are read in (64 KiB for a file, less
# for standard input): LINENO stays exact past the boundaries, a
# here-document may cross one, and a last line without a newline runs;
# for a script file, standard input (a file, a pipe) and a dot file.
i=1
while [ $i -le 1200 ]; do
	echo ": padding line $i, long enough to fill blocks quickly ......"
	i=$((i + 1))
done > big.sh
cat >> big.sh <<'END'
echo "LINENO $LINENO"
cat <<'DOC' | wc -l | tr -d ' '
END
i=1
while [ $i -le 1200 ]; do
	echo "here-document line $i crosses a block boundary ................"
	i=$((i + 1))
done >> big.sh
cat >> big.sh <<'END'
DOC
echo "after the here-document, LINENO $LINENO"
END
printf 'echo "last line, LINENO $LINENO, no newline"' >> big.sh
echo "== file"
"$SH" big.sh
echo "== stdin file"
"$SH" < big.sh
echo "== stdin pipe"
cat big.sh | "$SH"
echo "== dot file"
"$SH" -c '. ./big.sh'

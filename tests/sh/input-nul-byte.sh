# cosh-only: the warning is cosh's (dash and mksh drop NUL bytes silently, bash refuses the file)
# A NUL byte in a script is dropped and the text around it kept (as in
# dash, mksh, busybox and posh), with one warning per source naming the
# line of the first: a script, standard input (a file, a pipe), a dot file.
printf 'echo ab\000cd ef\necho "x\000y" '"'"'q\000r'"'"'\n' > nul.sh
printf 'echo line one\ncat <<EOF\nbody\000 text\nEOF\necho "$((1\000 + 2))"\n' > nul2.sh
echo "== file"
"$SH" nul.sh 2>&1
"$SH" nul2.sh 2>&1
echo "== stdin file"
"$SH" < nul.sh 2>&1
echo "== stdin pipe"
cat nul2.sh | "$SH" 2>&1
echo "== dot file"
"$SH" -c '. ./nul2.sh; echo "status $?"' 2>&1

# A lone "-" or "--" ends the shell's options: the next argument is the
# script, or with -c the command string; +c is taken as -c; -l and
# -o/+o with no name are accepted.
echo 'echo foo' > foo.sh
"$SH" -x -- foo.sh 2>&1
"$SH" -x - foo.sh 2>&1
"$SH" -c -- 'echo two'
echo "two=$?"
"$SH" -c - 'echo one'
echo "one=$?"
"$SH" -c '' 'echo zero'
echo "zero=$?"
"$SH" -c 'echo "[$0]"' - a
"$SH" +c 'echo plus c'
"$SH" -c -z 'echo z' 2>/dev/null
echo "bad option: $?"
"$SH" -l -c 'echo login ok'
"$SH" -o </dev/null | grep -c '^noclobber'
"$SH" +o </dev/null | grep -c 'o noclobber$'

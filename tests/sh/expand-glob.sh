# Pathname expansion in a directory we create: sorting, no-match, quoting, set -f.
mkdir g && cd g || exit 1
touch b.txt a.txt c.log .hidden 'sp ace' abc abd xyz
mkdir sub && touch sub/one sub/two
echo *
echo *.txt
echo a*
echo ?b?
echo [ab]*
echo [!a]*
echo *.none
echo "*.txt"
echo \*.txt
echo '*'
echo sub/*
echo */o*
# Leading dots are not matched by * or ?.
echo .h*
echo ?hidden
# A quoted part of a word is literal; the rest globs.
echo "a"*
echo 'a*'*
# Results from a variable are globbed when unquoted.
p='*.log'
echo $p "$p"
# set -f disables it.
set -f
echo *
set +f
# Result fields are not split further.
for f in sp*; do echo "[$f]"; done
# Bracket expressions with ranges and classes.
echo [[:alpha:]]b[cd]
echo a[b-c][c-d]
# A slash must be matched literally.
echo sub*one
# An assignment is not globbed.
v=*.txt
echo "$v"

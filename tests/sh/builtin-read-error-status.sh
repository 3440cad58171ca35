# A read error (a directory as input) is status 1, as dash and bash; an
# invalid name and a readonly name are errors, status 2 (dash and mksh;
# bash says 1).
mkdir dir
read x <dir 2>/dev/null; echo "dir st=$?"
read 1x </dev/null 2>/dev/null; echo "name st=$?"
readonly r=1
echo a | { read r 2>/dev/null; echo "readonly st=$?"; }

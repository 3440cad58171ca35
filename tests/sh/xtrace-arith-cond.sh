# cosh-only: dash has neither (( )) nor [[ ]]; bash traces them with the
# words expanded, cosh (as OSH) as written, so that no word is expanded a
# second time for the trace.  Parentheses appear where the tree needs them.
dir=/
PS4='+ '
{
set -x
if [[ -d $dir && ( $dir == /* || ! -n "a b" ) ]]; then
	(( a = 42 ))
fi
[[ ! ( x && y ) ]]
set +x
} 2>trace
cat trace
echo "a=$a"

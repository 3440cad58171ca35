# echo: the portable forms (no -e, no backslashes).
echo
echo one
echo one two   three
echo "" empty first
echo -n no-newline; echo " <- joined"
echo --
echo -- x
echo -x
echo a -n

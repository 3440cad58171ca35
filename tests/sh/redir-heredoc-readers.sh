# A here-document is shared by the commands of a group: read takes one
# line, the next reader gets the rest.  A large one (read line by line)
# and a small one under ulimit -f 0 (which no temporary file could hold).
{ read a; read b; rest=$(cat); echo "a=$a b=$b"; echo "rest=$rest"; } <<EOF
one
two
three
four
EOF
big=$(i=0; while [ $i -lt 5000 ]; do echo "line $i"; i=$((i + 1)); done)
n=0
while read -r w l; do n=$((n + 1)); last=$l; done <<EOF
$big
EOF
echo "n=$n last=$last"
(
	ulimit -f 0
	read x <<EOF
small text
EOF
	echo "x=$x"
) | cat

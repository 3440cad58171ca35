# Input redirections: < and <>.
printf 'line1\nline2\n' >in
cat <in
read -r first <in
echo "first=$first"
# < on a group reads successive lines.
{ read -r a; read -r b; } <in
echo "a=$a b=$b"
# Missing file: error, status non-zero, the command is not run.
cat <missing 2>/dev/null
echo "status non-zero: $([ $? -ne 0 ] && echo yes)"
# <> opens for reading and writing; the file is created if absent.
echo hello 1<>rw
cat rw
: <>created
test -f created && echo "<> created the file"
# <> does not truncate: write over the beginning of a file.
printf 'abcdef\n' >ow
printf 'XY' 1<>ow
cat ow
# read from fd 3.
exec 3<in
read -r l1 <&3
read -r l2 <&3
echo "$l1 $l2"
exec 3<&-

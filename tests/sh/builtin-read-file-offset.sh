# read from a regular file leaves the offset right after what it used,
# whatever it read ahead: the next read, head, cat or $( ) go on from
# there.  Backslash-newline, a last line without a newline.
printf 'line one\nline two\\\ncontinued\n  three  \nno newline' > f
while read -r l; do echo "[$l]"; done < f
echo "last=[$l]"
while read l; do echo "<$l>"; done < f
{ read a; c=$(cat); echo "a=$a"; echo "c=$c"; } < f
# A line longer than one block, and many short lines.
i=0; long=
while [ $i -lt 300 ]; do long="${long}ab"; i=$((i + 1)); done
{ echo "$long"; echo tail; } > g
{ read a; read b; echo "${#a} $b"; } < g
i=0
while [ $i -lt 1000 ]; do echo "$i"; i=$((i + 1)); done > h
n=0 sum=0
while read v; do n=$((n + 1)) sum=$((sum + v)); done < h
echo "$n $sum"
# exec <file: the shell's own stdin, read by read and by a child.
exec 3<&0 < f
read first
cat
exec 0<&3 3<&-
echo "first=$first"

# Assignments: no field splitting or globbing, left to right, several on a line.
touch f1 f2
v=*
echo "$v"
w=$(echo "a   b")
echo "$w"
sp="x  y"
c=$sp
echo "$c"
a=1 b=$a c=$b$a
echo "$a $b $c"
# Quotes in the value.
q="it's" r='say "hi"' s=a\ b
echo "$q|$r|$s"
# Empty assignments.
e= f=""
echo "[$e][$f]"
# An assignment word is recognised only before the command name.
echo x=1
v=2 echo "v=$v (expanded before the assignment)"
# A name with an invalid character is a command, not an assignment.
1x=3 2>/dev/null || echo "1x=3 is not an assignment"
# Arithmetic and parameter operators in assignments.
n=$((2 + 3)) m=${undefined:-default}
echo "$n $m"

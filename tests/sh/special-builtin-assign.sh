# Assignments before special builtins persist; before regular builtins and
# external commands they do not.
x=1 :
echo "after ':': x=$x"
y=2 eval 'echo "in eval: y=$y"'
echo "after eval: y=$y"
z=3 export zz=0
echo "after export: z=$z"
unset r
r=4 true
echo "after true (regular): r=[${r-unset}]"
unset s
s=5 sh -c 'echo "external sees s=$s"'
echo "after external: s=[${s-unset}]"
unset t
t=6 read line <<END
input
END
echo "after read (regular): t=[${t-unset}]"
# Before a function call the assignment is visible inside the function.
f() { echo "in f: w=$w"; }
w=7 f

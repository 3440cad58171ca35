# cosh-only: bash, mksh and yash give the line where the command ends (3, 7); dash has no LINENO here
# LINENO of a command whose first word holds a multi-line $( ) is the
# line the command starts on, as for any other command in cosh: the
# parser reads the body of the $( ) while it builds that word, and the
# word keeps its own line.
x=$(
true
) y=$LINENO
echo "$y"
: $(
true
) "$LINENO"; echo "$_"

# set -x writes PS4 expanded like a prompt (XCU 2.5.3: parameter, command
# and arithmetic expansion) before each traced command; $? in it is the
# status of the command before, and a command substitution in PS4 does
# not count as one of the traced command (y=2 alone still sets $? to 0).
# (Whether PS4 sees the command's own assignments differs: dash expands
# it after them, bash and mksh before.)
"$SH" -c '
x=1
PS4="+[\$? \$x \$((1+2)) \$(echo c)] "
set -x
false
echo one
false
y=2
echo two
set +x
' 2>&1

# The environment: imported variables are exported; changes propagate; env -i.
[ "$(sh -c 'echo "$HOME"')" = "$HOME" ] && echo "HOME passed on"
FOO=bar env | grep '^FOO='
export GREETING=hi
env | grep '^GREETING='
GREETING=changed
env | grep '^GREETING='
unset GREETING
env | grep -c '^GREETING=' 
# Variables given to the shell are visible and exported.
env IMPORTED=yes "$SH" -c 'echo "IMPORTED=$IMPORTED"; sh -c "echo child: \$IMPORTED"'
# A variable assignment before a function is not left behind
# (unspecified in POSIX for functions, so only external commands here).
V=temp sh -c 'echo "V=$V"'
echo "V=[${V-unset}]"
# Names that are not valid identifiers in the environment are ignored without error.
env 'a-b=1' "$SH" -c 'echo "shell started"'

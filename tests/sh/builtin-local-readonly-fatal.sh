# local with a value for a readonly name is an assignment error: it ends
# a non-interactive shell with status 2 (after the EXIT trap), as
# "name=value" does, and as in dash (bash and mksh go on).
"$SH" -c 'trap "echo exit trap" EXIT
readonly y=1
f() { local x=1 y=2; echo "went on: y=$y"; }
f
echo "after f"' 2>/dev/null
echo "status: $?"

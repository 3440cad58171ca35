# stderr separately from stdout (checked by the .err file): only what the
# script writes itself, so the text is the same in every shell.
echo "to stdout"
echo "to stderr" >&2
printf '%s\n' "printf to stderr" 1>&2
{ echo "group stdout"; echo "group stderr" >&2; }
( echo "subshell stderr" >&2 )
sh -c 'echo "child stderr" >&2'
echo "swapped" 3>&1 1>&2 2>&3
exec 2>/dev/null
echo "hidden" >&2
echo "last stdout"

# cosh-only: dash traces control characters raw; bash and mksh trace them in
# the $'...' form (POSIX.1-2024) as cosh does, and write a lone quote as \'.
# The trace is one line per command and reads back as the same words.
tab='	'
nl='
'
ctl=$(printf '\001\177')
PS4='+ '
{
set -x
: "a${tab}b" "x${nl}y" "$ctl" '1 2' \' \" \\ "it's" plain
v="a${nl}b"
set +x
} 2>trace
cat trace
# Each traced word reads back as itself.
eval "set -- $(sed -n 's/^+ : //p' trace)"
[ "$1" = "a${tab}b" ] && [ "$2" = "x${nl}y" ] && [ "$3" = "$ctl" ] &&
[ "$5" = "'" ] && [ "$7" = '\' ] && [ "$8" = "it's" ] && echo round trip ok

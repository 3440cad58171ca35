# cosh-only: dash writes control characters raw inside '...'; bash and mksh
# use the $'...' form (POSIX.1-2024) as cosh does, so set, export -p,
# readonly -p and trap give one line per item that reads back exactly.
nl='
'
tab='	'
_v="a${tab}b${nl}c"
_q="it's"
_lone="'"
_bs='\'
set | grep '^_v='
set | grep '^_q='
set | grep '^_lone='
set | grep '^_bs='
saved=$(set | grep '^_')
unset _v _q _lone _bs
eval "$saved"
[ "$_v" = "a${tab}b${nl}c" ] && echo v ok
[ "$_q" = "it's" ] && echo q ok
[ "$_lone" = "'" ] && echo lone ok
[ "$_bs" = '\' ] && echo bs ok

_e="x${nl}y" && export _e
export -p | grep '_e='
_r="1${nl}2" && readonly _r
readonly -p | grep '_r='
trap "echo one${nl}echo two" USR1
trap | grep USR1
saved=$(trap)
trap - USR1
eval "$saved"
trap | grep USR1

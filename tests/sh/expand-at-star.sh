# "$@" and "$*" exactness with spaces and empty arguments.
count() { echo "$#:$(printf '[%s]' "$@")"; }
set -- "a b" "" "  c  "
count "$@"
count "$*"
count $@
count $*
count "x$@y"
count "$@" "$@"
# With no positional parameters "$@" is nothing at all, "$*" is one empty word.
set --
count "$@"
count "$*"
count x"$@"
# "$*" joins with the first char of IFS.
set -- a b c
IFS=:
echo "$*"
IFS=
echo "$*"
unset IFS
echo "$*"
IFS=' 	
'
# ${1+"$@"} idiom.
set -- "one arg" two
count ${1+"$@"}
# "$@" inside a function refers to its own arguments.
f() { count "$@"; }
f "p q" r
# shift and "$@".
set -- 1 "2 3" 4
shift
count "$@"

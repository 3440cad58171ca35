# Many positional parameters, shift, ${N} and "$@" with large counts.
# $10 is ${1} followed by 0.
set -- a b c d e f g h i j k
echo "$10 ${10} ${11}"
set -- $(awk 'BEGIN { for (i = 1; i <= 25; i++) printf "p%d ", i }')
echo "$# ${1} ${9} ${10} ${25}"
shift 10
echo "$# $1 ${15}"
n=0
for p; do n=$((n + 1)); done
echo "loop saw $n"
set -- "$@" extra
echo "$# ${16}"
# Rebuilding the list in reverse.
set -- a b c d
r=
for p; do r="$p $r"; done
set -- $r
echo "$*"
# Save and restore positional parameters.
saved=$(for p; do printf "'%s' " "$p"; done)
set -- x
eval "set -- $saved"
echo "$# $*"

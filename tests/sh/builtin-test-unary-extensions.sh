# cosh-only: dash has no -a, -N or -v primary, and no [[ ]] (bash agrees)
# test and [[ ]] take -a (as -e), -v NAME (set, even if empty) and -N
# (modified since last read), as bash and mksh do; [[ and ]] are
# reserved words for type.
type [[ ]]
d=${TMPDIR:-/tmp}/cosh-unary.$$
mkdir "$d" && cd "$d" || exit 1
: >f
[ -a f ]; echo "-a file $?"
[ -a missing ]; echo "-a missing $?"
[[ -a f ]]; echo "[[ -a file $?"
# Three arguments: -a in the middle is the binary and (POSIX).
[ ! -a missing ]; echo "binary -a $?"
empty=
[ -v empty ]; echo "-v empty $?"
unset gone
test -v gone; echo "-v unset $?"
[[ -v PATH ]]; echo "[[ -v PATH $?"
touch -a -d '2001-01-01' f
touch -m -d '2002-01-01' f
[ -N f ]; echo "-N modified $?"
touch -m -d '2000-01-01' f
[[ -N f ]]; echo "-N read since $?"
cd / && rm -r "$d"

# The cleanup idiom: an EXIT trap removes temporary files however the
# script ends, normally, through "exit n" or on an error under set -e, and
# the script's exit status is kept.
run() {
	"$SH" -c '
		work=./work.$$
		mkdir "$work" || exit 1
		trap '\''rm -rf "$work"; echo "  cleaned up $(ls -d work.* 2>/dev/null | wc -l | tr -d " ") left"'\'' EXIT
		: > "$work/data"
		'"$1"
	echo "  status $?"
}
echo "normal end:"; run 'echo "  working"'
echo "exit 3:"; run 'echo "  working"; exit 3'
echo "set -e and a failure:"; run 'set -e; echo "  working"; false; echo "  not reached"'
echo "a trap that exits:"; run 'trap "exit 4" USR1; kill -USR1 $$; echo "  not reached"'

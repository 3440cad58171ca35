# return from inside loops, case and groups; return in a dot script called from a function.
find_first() {
  for x in "$@"; do
    case $x in
      *.txt) echo "found $x"; return 0 ;;
    esac
  done
  echo "none found"
  return 1
}
find_first a.sh b.txt c.txt; echo "status $?"
find_first a.sh; echo "status $?"
deep() {
  while :; do
    while :; do
      { return 4; }
    done
  done
  echo never
}
deep; echo "deep: $?"
# return inside a subshell in a function returns from the subshell only.
sub() {
  ( return 2 ) ; echo "after subshell return: $?"
  return 0
}
sub
# A return in a dot script ends the dot script, not the function.
printf 'echo in-dot\nreturn 5\necho never\n' >r.sh
caller() { . ./r.sh; echo "dot returned $?"; return 1; }
caller; echo "caller: $?"
# return with no argument inside a loop keeps the last status.
lastst() { for i in 1; do false; return; done; }
lastst; echo "bare return: $?"

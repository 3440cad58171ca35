# getopts: assigning OPTIND=1 restarts the scan even in the middle of a
# group of option letters ("-abc"), and even when OPTIND already held 1.
set -- -abc -d
getopts abcd o; echo "first: $o"
OPTIND=1
getopts abcd o; echo "after reset: $o"
getopts abcd o; echo "next: $o"
# A new argument list, reset in the middle of the first group.
f() {
  OPTIND=1
  while getopts xyz o "$@"; do printf '%s' "$o"; done
  echo " OPTIND=$OPTIND"
}
set -- -xyz; OPTIND=1
getopts xyz o; echo "got $o"
f -zyx
f -yz -x

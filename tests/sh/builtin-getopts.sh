# getopts: options, arguments, OPTIND, errors with a leading colon.
parse() {
  OPTIND=1
  while getopts ab:c opt; do
    case $opt in
      a) echo "option a" ;;
      b) echo "option b with [$OPTARG]" ;;
      c) echo "option c" ;;
      ?) echo "bad option" ;;
    esac
  done
  shift $((OPTIND - 1))
  echo "rest: $*"
}
parse -a -b arg -c file1 file2
parse -ac -barg x
parse -b "two words" -- -a
parse file -a
parse -x 2>/dev/null
# Silent mode with a leading colon: ? and : cases, OPTARG holds the letter.
quiet() {
  OPTIND=1
  while getopts :ab: opt; do
    case $opt in
      a) echo "a" ;;
      :) echo "missing argument for -$OPTARG" ;;
      \?) echo "unknown -$OPTARG" ;;
    esac
  done
}
quiet -a -z -b
# getopts on explicit arguments.
OPTIND=1
getopts x: o -x val; echo "$o $OPTARG $OPTIND"
# At the end: status non-zero, opt is ?.
OPTIND=1
set -- plain
getopts a o; echo "status non-zero $([ $? -ne 0 ] && echo yes), o=$o"

# cosh-only: the wording and prefix of error messages
# Errors go to stderr as "cosh: ..." and name what failed; stdout stays clean.
check() {
  # check LABEL WORD CMD: runs CMD in a child shell, wants WORD in a "cosh:" message.
  label=$1 word=$2
  shift 2
  out=$("$SH" -c "$1" 2>err)
  st=$?
  [ $st -ne 0 ] && [ $st -ne 127 ] && st=non-zero
  case $(cat err) in
  cosh:*"$word"*) m=ok ;;
  *) m="bad message: $(cat err)" ;;
  esac
  echo "$label: status $st, stdout [$out], message $m"
}
check "not found" nonexistent_cmd_xyz 'nonexistent_cmd_xyz'
check "cd" /nonexistent_dir 'cd /nonexistent_dir'
check "redirection" missing_file 'cat <missing_file'
check "unset var with ?" the-message 'echo ${u?the-message}'
check "readonly" ro 'readonly ro=1; ro=2'
check "bad option" no_such_option 'set -o no_such_option'

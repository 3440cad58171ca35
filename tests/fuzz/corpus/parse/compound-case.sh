# case: patterns, alternatives, optional (, globs, quoting.
for w in apple banana cherry date "x y" '*' 12 ""; do
  case $w in
    apple | banana) echo "$w: fruit a/b" ;;
    (cherry) echo "$w: paren form" ;;
    d*) echo "$w: starts with d" ;;
    "x y") echo "$w: quoted with space" ;;
    \*) echo "$w: literal star" ;;
    [0-9][0-9]) echo "$w: two digits" ;;
    "") echo "empty word" ;;
    *) echo "$w: default" ;;
  esac
done
# Quoted pattern characters are literal.

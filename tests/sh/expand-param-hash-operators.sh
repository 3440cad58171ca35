# After "${#", an operator makes it $# with that operator, not a length;
# a special parameter that is also an operator (- ? #) is a length only
# when '}' follows it (dash, bash, mksh and yash agree).
bracket() { printf '[%s]' "$@"; echo; }
set -- a b c d e f g h i j k
bracket ${#-""} ${#?X} ${#=""} "${#:=}" ${#:-1}
bracket "${#+set}" "${#:+set}"
bracket ${##} ${##1} ${#%1}
bracket ${#?} ${#1}
set --
bracket ${#-x} "${#:+y}" ${#}

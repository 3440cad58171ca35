# Recursive functions, and functions with their own positional parameters.
fact() {
  if [ "$1" -le 1 ]; then
    echo 1
  else
    echo $(( $1 * $(fact $(($1 - 1))) ))
  fi
}
fact 1
fact 5
fact 10
# Fibonacci with the result in a global; the caller's partial result is
# kept in its own positional parameters across the second recursive call.
fib2() {
  if [ "$1" -lt 2 ]; then r=$1; return; fi
  fib2 $(($1 - 1))
  set -- "$1" "$r"
  fib2 $(($1 - 2))
  r=$(($2 + r))
}
for n in 0 1 2 3 10 15; do fib2 $n; printf '%s ' "$r"; done; echo
# Positional parameters are restored after each call.
depth() {
  if [ "$1" -gt 0 ]; then
    depth $(($1 - 1)) x y
    echo "back at $1 with $# args"
  fi
}
depth 3
# Countdown with return status.
count() { [ "$1" -eq 0 ] && return 0; echo "$1"; count $(($1 - 1)); }
count 3; echo "status $?"

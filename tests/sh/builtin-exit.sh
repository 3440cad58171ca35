# exit: explicit status, default status, inside subshells and functions.
"$SH" -c 'exit 5'; echo "exit 5: $?"
"$SH" -c 'exit'; echo "bare exit after nothing: $?"
"$SH" -c 'false; exit'; echo "bare exit after false: $?"
"$SH" -c 'exit 0; echo never'; echo "exit 0: $?"
"$SH" -c 'f() { exit 7; echo never; }; f; echo never'; echo "exit in function: $?"
"$SH" -c '(exit 8); echo "subshell status $?"; exit 9'; echo "outer: $?"
"$SH" -c 'echo a | exit 3; echo "exit in pipeline stays in it: $?"'
"$SH" -c 'for i in 1 2; do exit $i; done'; echo "exit in loop: $?"
"$SH" -c 'v=$(exit 4); echo "exit in cmdsubst: $?"'
# The status of the script is that of its last command.
"$SH" -c 'true; false'; echo "last command false: $?"

# return outside a function or dot script (unspecified by POSIX) ends a
# script as exit does, with its status, as in dash and mksh.
# (bash refuses it with an error and goes on.)
"$SH" -c 'return 3; echo not reached'
echo "-c: $?"
"$SH" -c 'false; return; echo not reached'
echo "no operand: $?"
"$SH" -c 'trap "echo exit trap" EXIT; for i in 1 2; do return 4; done; echo not reached'
echo "in a loop: $?"
x=$(return 5; echo not reached)
echo "cmdsub: [$x] $?"
printf '%s\n' 'echo in script' 'return 6' 'echo not reached' >script
"$SH" script
echo "script: $?"

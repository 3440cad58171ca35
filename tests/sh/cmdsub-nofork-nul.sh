# cosh-only: dash and bash drop NUL bytes and keep going; cosh ends the value at the first (a C string), with or without a fork
# A NUL byte in the output of $( ) ends the value there, whether the body
# forks or not.
x=$(printf 'ab\0cd\n')
echo "[$x] ${#x}"
f() { printf 'one\0two'; }
x=$(f)
echo "[$x]"
x=$(printf 'ab\0cd\n' | cat)
echo "[$x] ${#x}"

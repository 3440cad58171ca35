# A NUL byte in the output of $( ) is dropped and the text after it kept,
# as in dash and bash, whether the body forks or not.
x=$(printf 'ab\0cd\n')
echo "[$x] ${#x}"
f() { printf 'one\0two'; }
x=$(f)
echo "[$x]"
x=$(printf 'ab\0cd\n' | cat)
echo "[$x] ${#x}"

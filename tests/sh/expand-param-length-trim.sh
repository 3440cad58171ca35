# ${#x} and the trimming operators % %% # ##.
s=hello.tar.gz
echo "${#s}"
e=
echo "${#e}"
unset u
echo "${#u}"
echo "${s%.*}"
echo "${s%%.*}"
echo "${s#*.}"
echo "${s##*.}"
# No match leaves the value unchanged.
echo "${s%.zip}" "${s#x}"
p=/usr/local/lib/libfoo.so
echo "dirname ${p%/*} basename ${p##*/}"
# Patterns with bracket expressions and ?.
n=abc123
echo "${n%%[0-9]*}" "${n##*[a-z]}" "${n#??}"
# Quoted parts of the pattern are literal.
star='a*b*c'
echo "${star#*\*}" "${star%"*c"}" "${star#'a*'}"
# The pattern can come from a variable.
pat='*.'
echo "${s#$pat}" "${s##$pat}"
pat2='*'
echo "${star#*"$pat2"}" "${star#*$pat2}"
# Shortest vs longest.
x=aaaa
echo "${x#a}" "${x##a}" "${x#a*}" "${x##a*}" "[${x%%a*}]"
# Length of positional params.
set -- abc defgh
echo "${#1} ${#2} ${#}"

# Several here-documents on one line, in functions, loops and $( ).
cat <<A; cat <<B
first
A
second
B
paste -d' ' /dev/fd/3 /dev/fd/4 3<<X 4<<Y 2>/dev/null || echo "(no /dev/fd)"
x
X
y
Y
f() {
  cat <<END
in function, arg $1
END
}
f one
f two
for i in 1 2; do
  cat <<END
loop $i
END
done
v=$(cat <<END
in command substitution
END
)
echo "v=$v"
# Here-doc on a pipeline's first command.
cat <<END | tr a-z A-Z
piped
END
# Here-doc feeding read.
read -r a b <<END
alpha beta gamma
END

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
echo "a=$a b=$b"
# Here-doc after && with the command continuing on the next line.
cat <<END &&
and-list
END
echo "after and-list"
# Here-doc in a while loop condition.
while read -r l; do echo "w: $l"; done <<END
1
2
END

# read: leading IFS delimiters, escaped delimiters, several variables, loops over fields.
IFS=: read a b <<END
:x
END
echo "a=[$a] b=[$b]"
IFS=: read a b c <<END
1::3
END
echo "a=[$a] b=[$b] c=[$c]"
# A backslash escapes a delimiter (without -r).
IFS=: read a b <<'END'
one\:two:three
END
echo "a=[$a] b=[$b]"
# Backslash-space keeps the space in a field.
read a b <<'END'
first\ part second
END
echo "a=[$a] b=[$b]"
# Read a file of key=value pairs.
cat >conf <<'END'
name=cosh
# comment
version=1.0

kind=shell
END
while IFS='=' read -r k v; do
  case $k in ''|'#'*) continue ;; esac
  echo "$k -> $v"
done <conf
# read with no variable name is not POSIX (REPLY is an extension): not tested.
# Reading from a pipe inside a group keeps the state across reads.
printf 'l1\nl2\nl3\n' | { read -r x; read -r y; read -r z; echo "$z $y $x"; }

# Field splitting with default, custom and unset IFS.
show() { printf '%s' "$#:"; printf '[%s]' "$@"; echo; }
v='  a  b	c
d  '
show $v
show "$v"
IFS=:
p='a:b::c:'
show $p
p=':a'
show $p
p='::'
show $p
# Whitespace in IFS collapses; non-whitespace delimits one field each.
IFS=' :'
p=' a : b  :: c '
show $p
IFS=,
p='x y,z'
show $p
# Empty IFS: no splitting.
IFS=
p='a b:c'
show $p
# Unset IFS behaves like space tab newline.
unset IFS
p=' one	two
three '
show $p
IFS=' 	
'
# Only expansion results are split, not literal text.
IFS=:
show a:b "x:y"
set -- $(echo 1:2:3)
show "$@"
IFS=' 	
'
# Splitting of empty and whitespace-only values removes them.
e= w='   '
show $e $w x
show "$e" x
# Quoted parts adjacent to a split expansion.
v='1 2'
show "a"$v"b"

# Parameter expansion: $name, ${name}, and concatenation.
name=value
echo $name ${name} "$name" "${name}"
echo ${name}suffix "${name}_x" $name.txt
echo "$nameX is empty: [$nameX]"
unset u
echo "[$u] [${u}]"
a=1 b=2
echo $a$b "${a}${b}" "$a-$b"
# Long names and underscores.
_under=u1 Name_2=n2
echo "$_under $Name_2"
# Value with spaces keeps them inside quotes; unquoted is split.
sp="a   b"
echo "$sp"
echo $sp
# Expansion is not recursive.
x='$name'
echo "$x"
# Dollar not followed by a name is literal.
echo "$ alone" '$quoted' "cost: 5$"
# Braces are needed after position 9.
set -- 1 2 3 4 5 6 7 8 9 ten eleven
echo "$10 ${10} ${11}"

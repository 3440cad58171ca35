# Command substitution of a builtin (a fork each).
i=0
while [ $i -lt 1000 ]; do
	x=$(echo $i)
	i=$((i + 1))
done

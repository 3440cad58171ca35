# Command substitution of a builtin, 2,000 times.
i=0
while [ $i -lt 2000 ]; do
	x=$(echo hi)
	i=$((i + 1))
done

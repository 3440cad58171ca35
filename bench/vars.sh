# 100,000 distinct variables (the table's size and lookups as it grows).
i=0
while [ $i -lt 100000 ]; do
	eval "v$i=$i"
	i=$((i + 1))
done

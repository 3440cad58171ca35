# 100,000 calls of a small function with a positional argument.
f() { r=$(( $1 + 1 )); }
i=0
while [ $i -lt 100000 ]; do
	f $i
	i=$((i + 1))
done

# 500 background jobs of a builtin, then one wait for all of them.
i=0
while [ $i -lt 500 ]; do
	true &
	i=$((i + 1))
done
wait

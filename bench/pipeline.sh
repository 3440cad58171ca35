# Pipelines of external commands, 500 times.
i=0
while [ $i -lt 500 ]; do
	echo x | cat | cat >/dev/null
	i=$((i + 1))
done

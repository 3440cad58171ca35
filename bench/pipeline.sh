# Pipelines of external commands.
i=0
while [ $i -lt 300 ]; do
	echo x | /bin/cat | /bin/cat >/dev/null
	i=$((i + 1))
done

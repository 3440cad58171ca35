# Start-up: the shell itself, 200 times, with a trivial command.
i=0
while [ $i -lt 200 ]; do
	"$SH" -c :
	i=$((i + 1))
done

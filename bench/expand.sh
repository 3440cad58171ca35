# Parameter expansion, field splitting and pattern operators.
s="alpha beta gamma delta epsilon"
i=0
while [ $i -lt 30000 ]; do
	set -- $s
	x=${s#* } y=${s%% *} z=${#s}
	i=$((i + 1))
done

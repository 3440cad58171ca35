# Thousands of variables: every one keeps its value while the table grows,
# unset ones are gone and can be set again, exported ones reach a child,
# readonly ones stay, and values that grow and shrink keep every byte.
i=0
while [ $i -lt 3000 ]; do
	eval "v$i=value$i"
	i=$((i + 1))
done
i=0 bad=0
while [ $i -lt 3000 ]; do
	eval "[ \"\$v$i\" = value$i ]" || bad=$((bad + 1))
	i=$((i + 1))
done
echo "after set: $bad wrong"
i=0
while [ $i -lt 3000 ]; do
	unset "v$i"
	i=$((i + 3))
done
i=0 bad=0 gone=0
while [ $i -lt 3000 ]; do
	if [ $((i % 3)) -eq 0 ]; then
		eval "[ \"\${v$i+set}\" = set ]" && bad=$((bad + 1))
		gone=$((gone + 1))
	else
		eval "[ \"\$v$i\" = value$i ]" || bad=$((bad + 1))
	fi
	i=$((i + 1))
done
echo "after unset: $gone gone, $bad wrong"
v0=again v2999=again
echo "$v0 $v1 $v2998 $v2999"
export v5 v7=seven
readonly v8
(v8=no) 2>/dev/null || echo "v8 readonly: $v8"
sh -c 'echo "child: ${v5-} ${v7-} ${v8-none} ${v1-none}"'
acc=
i=0
while [ $i -lt 200 ]; do
	acc="$acc$i,"
	i=$((i + 1))
done
echo "${#acc} ${acc%%,*} ${acc##*,1}"
acc=${acc#0,1,}
acc=${acc%%,*}
echo "$acc"
f() { echo "in f: $v1 ${v3-unset}"; v3=inner; }
v1=prefixed f
echo "after f: $v1 $v3"

# cosh-only: a new local starts unset (dash keeps the outer value)
# Locals in nested calls, many of them, put back the outer values, flags and
# absence exactly, and a value that grew inside a call does not leak out.
export g=outer
inner() {
	local g i=0
	echo "inner start: ${g-unset}"
	g=inner-value
	while [ $i -lt 500 ]; do
		local "l$i=$i"
		i=$((i + 1))
	done
	echo "inner: $g $l0 $l499"
}
outer() {
	local g="outer-local and a much longer value than before"
	local fresh=1
	inner
	echo "outer: $g $fresh ${l0-unset}"
}
outer
echo "top: $g ${fresh-unset} ${l0-unset} ${l499-unset}"
sh -c 'echo "child sees: $g"'
echo "locals left: $(set | grep -c '^l[0-9]')"

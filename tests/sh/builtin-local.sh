# local: function-scoped variables with dynamic scope, restored exactly at
# the return (value, export flag, or absence); export of a local; several
# operands; an assignment operand is not split; local outside a function.
x=global
inner() { echo "inner sees [$x]"; x=changed-by-inner; }
outer() {
	local x=outer
	inner
	echo "outer after inner [$x]"
}
outer
echo "after [$x]"

unset y
f() { local y=1; echo "in f [${y-unset}]"; }
f
echo "y after f [${y-unset}]"

g() {
	local v=local1
	export v
	sh -c 'echo "child sees [${v-unset}]"'
}
g
sh -c 'echo "child after g [${v-unset}]"'
echo "v after g [${v-unset}]"

h() {
	local a=1 b='two words' c=$1
	printf '[%s]' "$a" "$b" "$c"; echo
}
h 'x  y'

readonly ro=1
k() { local ro=2; }
# dash ends the shell there; bash returns 1: check only the failure.
(k) 2>/dev/null
echo "readonly local fails $([ $? -ne 0 ] && echo yes)"

twice() { local t=1; local t; echo "twice [$t]"; }
twice

nested() { local n=1; nested2; echo "nested [$n]"; }
nested2() { local n=2; echo "nested2 [$n]"; }
nested

(local z=1) 2>/dev/null
echo "outside status $([ $? -ne 0 ] && echo nonzero)"

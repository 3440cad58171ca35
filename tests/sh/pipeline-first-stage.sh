# The first stage of a pipeline is a subshell however it runs (cosh runs
# a lone echo, printf, true, false or ':' in the shell itself): its
# status, its output of any size, errors, and nothing leaks out.
echo x | cat
echo a b | { read p q; echo "$q$p"; }
false | cat; echo "st=$?"
echo x | false; echo "st=$?"
: | cat; echo "colon=$?"
printf '%s-%s\n' 1 2 3 | cat
printf "%s=\n" c | cat
printf '%5d|\n' 42 | cat
{ printf '%d\n' notanumber | cat; echo "printf=$?"; } 2>/dev/null
big=$(i=0; while [ $i -lt 3000 ]; do echo "line $i"; i=$((i + 1)); done)
echo "$big" | wc -l
echo "$big" | tail -n 1
echo "$big" | true; echo "st=$?"
echo ${y:=assigned} | cat; echo "y=${y-unset}"
echo $((z = 7)) | cat; echo "z=${z-unset}"
{ echo ${undefined_var?oops} | cat; echo "after=$?"; } 2>/dev/null
f() { echo "func-$1"; }; echo hi | f z
echo() { command echo "shadowed $*"; }; echo x | cat; unset -f echo
echo "$(echo nested)" | cat
exit 3 | cat; echo "exit=$?"

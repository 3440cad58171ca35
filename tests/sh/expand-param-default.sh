# ${x-w} ${x:-w} ${x=w} ${x:=w} ${x+w} ${x:+w}: set, empty and unset cases.
set_v=val
empty_v=
unset unset_v
for n in set_v empty_v unset_v; do
  eval "echo \"$n: -[\${$n-w}] :-[\${$n:-w}] +[\${$n+w}] :+[\${$n:+w}]\""
done
# = and := assign.
unset a b
echo "${a=assigned}" "[$a]"
e=
echo "[${e=not-assigned}]" "[$e]"
echo "${e:=now-assigned}" "[$e]"
echo "${b:=colon-assigned}" "[$b]"
# The word is expanded only when it is used.
unset z
echo "${set_v-$(echo not-run >ran)}"
test -f ran || echo "word not expanded when unused"
echo "${z-$(echo used)}"
# Word with spaces and quotes.
echo "${z-two  words}"
echo ${z-two  words}
# Nested.
unset p q
echo "${p-${q-inner}}"
# ${x=w} in an arithmetic-free : command, a common idiom.
: "${cfg:=default.conf}"
echo "cfg=$cfg"

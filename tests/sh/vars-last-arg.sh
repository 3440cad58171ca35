# cosh-only: dash has no $_ (bash agrees with this test)
# $_ is the last field of the last simple command run in this shell, ""
# after one with no command word; the shell's name at start-up.
case $("$SH" -c 'echo "$_"') in */*|cosh|bash|sh) echo start ok ;; *) echo start bad ;; esac
"$SH" -u -c 'x=$_' && echo "set -u ok"
name=world
echo "hi $name"
echo "[$_]"
: 42
echo "[$_] [${_}var]"
: 'foo'"bar"
echo "[$_]"
x='with spaces'
: $x
echo "[$_]"
s=bar
echo "assign [$_]"
echo hi && echo "and=$_"
echo "after and [$_]"
echo init
for i in 1 2; do
	echo "prev=$_"
done
while false; do :; done
echo "while [$_]"
f() { echo "in f [$_]"; }
f a b
echo "after f [$_]"
: outer
(echo "subshell [$_]")
echo "$(echo "cmdsub [$_]")"

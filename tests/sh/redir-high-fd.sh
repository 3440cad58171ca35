# cosh-only: dash takes only fds 0-9 (checked with bash)
# Fds above 9 are the script's to use: the shell moves its own (the script
# it reads, the signal pipe, the copies that undo redirections) out of the
# way, and does not lend them to n>&m.  dash takes only fds 0-9: check
# with bash.
for fd in 10 11 12 13 14 15 16 17 18 19 20 99; do
	eval "exec $fd>out$fd" && eval "echo hi$fd >&$fd"
done
echo "still reading the script"
cat out10 out11 out19 out99
{ echo "in a group" >&12; echo "group stdout"; } 12>grp 13>&1 14>&-
cat grp
echo "after the group" >&12
cat out12
exec 10>&-
echo "10 closed, still here"
trap 'echo trapped' USR1
kill -USR1 $$
sleep 0 &
wait $! && echo "waited"
echo 'echo "in a dot script"; exec 11>dot11; echo dot >&11' >d.sh
. ./d.sh 10>dotout
cat dot11
x=$(exec 15>&-; echo "substituted")
echo "$x"
f() { echo "in f" >&16; }
f 16>fout
cat fout
n=0
for s in $(ls /proc/$$/fd 2>/dev/null); do
	[ "$s" -gt 20 ] && [ "$s" -lt 99 ] && eval "{ echo x >&$s; } 2>/dev/null" && n=$((n + 1))
done
echo "shell fds lent to the script: $n"

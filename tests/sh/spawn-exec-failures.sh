# cosh-only: the wording of cosh's messages (and COSH_NOSPAWN, cosh's switch to the fork path)
# Exec failures give the same messages and statuses whether the command is
# spawned (vfork and exec, the default) or forked (COSH_NOSPAWN=1): 126 for
# a file that is not executable, a directory or a binary that is not a
# program, 127 for a command not found, 1 for a failed redirection; also
# inside pipelines, with redirections, and through 'exec'.
cat > body <<'END'
printf 'data\n' > plain
mkdir dir
printf 'a\0b' > binary; chmod +x binary
printf '#!/bin/sh\necho bang "$@"\n' > bang; chmod +x bang
printf 'echo nobang "$@"\n' > nobang; chmod +x nobang
./plain; echo "plain $?"
./dir; echo "dir $?"
nosuchcommand; echo "missing $?"
./nosuchfile; echo "missing path $?"
./binary; echo "binary $?"
./bang a; echo "bang $?"
./nobang b; echo "nobang $?"
./plain 2>/dev/null; echo "plain quiet $?"
./nosuchfile 2>/dev/null; echo "missing quiet $?"
./plain >out; echo "plain redirected $? $(ls out)"
cat <nofile; echo "no input $?"
cat 2>/dev/null <nofile; echo "no input quiet $?"
/bin/echo x >nodir/f; echo "no dir $?"
/bin/echo x 5>&9; echo "bad fd $?"
echo x | ./plain | cat; echo "pipe middle $?"
echo x | cat | ./dir; echo "pipe last $?"
echo x | ./nosuchfile; echo "pipe missing $?"
echo x | cat >nodir/f; echo "pipe no dir $?"
echo x | ./nobang c | cat; echo "pipe nobang $?"
set -o pipefail
./plain | cat; echo "pipefail $?"
set +o pipefail
mkdir bin; printf 'x\n' > bin/tool; PATH=$PWD/bin:$PATH
tool; echo "not executable on PATH $?"
(exec ./plain); echo "exec plain $?"
(exec nosuchcommand); echo "exec missing $?"
(exec ./nobang d); echo "exec nobang $?"
"$SH" -c 'exec /bin/echo replaced; echo not reached'
./plain & wait $!; echo "async plain $?"
./nosuchfile & wait $!; echo "async missing $?"
END
for mode in spawn fork; do
	echo "== $mode"
	mkdir "$mode"
	cd "$mode" || exit 1
	if [ "$mode" = fork ]; then
		COSH_NOSPAWN=1 "$SH" ../body 2>&1
	else
		"$SH" ../body 2>&1
	fi
	cd ..
done

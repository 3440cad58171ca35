# Redirections, pipes, the environment, $! and wait for external commands
# are the same whether they are spawned (vfork and exec, cosh's default)
# or forked (COSH_NOSPAWN=1 makes cosh fork; other shells ignore it): the
# same body runs both ways.
cat > body <<'END'
printf 'line1\nline2\n' > in
cat <in >out 2>&1; cat out
/bin/sh -c 'echo to-err >&2; echo to-out' >both 2>&1; sort both
/bin/sh -c 'echo three >&3' 3>f3; cat f3
/bin/sh -c 'read l <&3; echo "fd3: $l"' 3<in
/bin/sh -c 'read l; echo "fd0: $l"' 0<in
/bin/sh -c '[ -e /proc/self/fd/1 ] && echo open >&2 || echo closed >&2' 2>err >&-; cat err
/bin/echo a >>app; /bin/echo b >>app; cat app
/bin/echo rw <>rw >&0; cat rw
/bin/sh -c 'echo moved >&4' 4>f4 5>&4; cat f4
/bin/echo first >trunc; /bin/echo second >trunc; cat trunc
base=$(/bin/ls /proc/self/fd | wc -l)
/bin/ls /proc/self/fd | wc -l > n1; /bin/ls /proc/self/fd | cat | wc -l > n2
echo "extra fds: $(($(cat n1) - base)) $(($(cat n2) - base))"
echo piped | /bin/cat | /bin/cat | tr a-z A-Z
FOO=per-command /usr/bin/env | grep '^FOO='
echo "after: [${FOO-unset}]"
export BAR=exported; /usr/bin/env | grep '^BAR='
BAZ=local; /usr/bin/env | grep -c '^BAZ='
unset BAR; /usr/bin/env | grep -c '^BAR='
FOO=stage /usr/bin/env | grep '^FOO='
/bin/echo "${v:=set-in-stage}" | cat; echo "v: [${v-unset}]"
/bin/echo "$HOME" | sed 's|.*/||' | grep -c .
/bin/sh -c 'exit 3' & p=$!; wait $p; echo "wait: $?"
/bin/sh -c 'exit 4' | /bin/sh -c 'exit 5' & wait $!; echo "pipeline wait: $?"
i=0; bad=0
while [ $i -lt 30 ]; do
	sleep 5 & kill $!; wait $! 2>/dev/null; [ $? -eq 143 ] || bad=$((bad+1))
	i=$((i+1))
done
echo "kill after &: bad=$bad"
printf 'stdin\n' | { /bin/cat & wait; }
printf 'stdin\n' | { /bin/cat <in & wait; }
trap '' INT; /bin/sh -c 'kill -INT $$; echo ignored-int-kept'; trap - INT
/bin/sh -c 'kill -INT $$; echo async-ignores-int' & wait
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

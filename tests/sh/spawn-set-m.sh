# cosh-only: set -m in a script without a terminal (dash turns job control off there)
# Process groups of spawned and forked jobs in a script, the same both ways
# (COSH_NOSPAWN=1 makes cosh fork): without set -m every process stays in
# the shell's group; with it a foreground command and an async one lead
# groups of their own, the stages of a pipeline share the first stage's,
# and $! is the last stage's pid.
cat > body <<'END'
me=$(set -- $(cat /proc/$$/stat); echo "$5")
show='set -- $(cat /proc/$$/stat); echo "$1 $5"'
/bin/sh -c "$show" > a; read p g < a
[ "$g" = "$me" ] && echo "no -m: the shell's group"
/bin/sh -c "$show" > a & wait; read p g < a
[ "$g" = "$me" ] && echo "no -m, async: the shell's group"
set -m
/bin/sh -c "$show" > a; read p g < a
[ "$p" = "$g" ] && [ "$g" != "$me" ] && echo "-m: a group of its own"
/bin/sh -c "$show" > a & b=$!; wait; read p g < a
[ "$p" = "$g" ] && [ "$p" = "$b" ] && echo "-m, async: a group of its own, \$! its pid"
/bin/sh -c "$show > a" | /bin/sh -c "cat; $show > b" | /bin/sh -c "$show > c"
read p1 g1 < a; read p2 g2 < b; read p3 g3 < c
[ "$g1" = "$p1" ] && [ "$g2" = "$p1" ] && [ "$g3" = "$p1" ] && echo "-m, pipeline: one group, led by the first stage"
/bin/sh -c "$show > a" | /bin/sh -c "cat; $show > b" & b=$!; wait
read p1 g1 < a; read p2 g2 < b
[ "$g1" = "$p1" ] && [ "$g2" = "$p1" ] && [ "$p2" = "$b" ] && echo "-m, async pipeline: one group, \$! the last stage"
/bin/sh -c 'exit 7' & wait $!; echo "status $?"
/bin/sh -c 'kill -TERM $$' & wait $!; echo "status $?"
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

# not-under-valgrind: valgrind keeps descriptors for itself and refuses ulimit -n
# ulimit: no flag means -f; setting a soft limit below the hard one; -H and
# -S shown apart; "unlimited"; a bad number or a negative limit fails and
# changes nothing; -n in descriptors.
(
	[ "$(ulimit)" = "$(ulimit -f)" ] && echo "no flag is -f"
	ulimit -f 2000 && echo "set [$(ulimit -f)]"
	ulimit -S -f 1000 && echo "soft [$(ulimit -S -f)] hard [$(ulimit -H -f)]"
	ulimit -f zz 2>/dev/null || echo "zz fails [$(ulimit -f)]"
	ulimit -f -- -1 2>/dev/null || echo "negative fails [$(ulimit -f)]"
	ulimit -f unlimited 2>/dev/null || echo "raising above hard fails"
	ulimit -S -f unlimited 2>/dev/null || echo "soft above hard fails"
	ulimit -n 64 && echo "nofiles [$(ulimit -n)]"
	ulimit -c 0 && echo "core [$(ulimit -c)]"
	ulimit -t 1000 && echo "cpu [$(ulimit -t)]"
)

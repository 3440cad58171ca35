# wait for a pid whose status wait already collected gives that status
# again (POSIX 2024: a known pid stays known); several operands give the
# last one's; a pid that was never a child gives 127.
(exit 3) & a=$!
wait "$a"; echo "first [$?]"
wait "$a"; echo "again [$?]"
(exit 4) & b=$!
(exit 5) & c=$!
wait "$b" "$c"; echo "both [$?]"
wait "$b"; echo "b again [$?]"
wait "$c"; echo "c again [$?]"
wait 1 2>/dev/null; echo "not a child [$?]"

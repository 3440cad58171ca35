# break and continue with a count that is not a positive number are
# errors of special built-ins (XCU 2.8.1): a script ends there, with a
# non-zero status, instead of going on (or looping for ever).
# (bash --posix goes on after "break oops"; dash and mksh end.)
"$SH" -c 'x=oops; while :; do echo in; break $x; echo after; done; echo end' 2>/dev/null
echo "break oops: $([ $? -ne 0 ] && echo non-zero)"
"$SH" -c 'for i in 1 2; do continue 0; echo after; done; echo end' 2>/dev/null
echo "continue 0: $([ $? -ne 0 ] && echo non-zero)"
# 'command' takes the special property away: the loop goes on.
for i in 1 2; do
	command break x 2>/dev/null
	echo "command break: $([ $? -ne 0 ] && echo non-zero)"
done

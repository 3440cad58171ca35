# Runaway recursion (a function calling itself without end, through a
# plain call, eval or a dot script) ends the shell with an error, not a
# crash: the status is not that of a signal, and nothing after it runs.
# (dash stops at 1000 nested calls; bash --posix has no limit and dies of
# SIGSEGV, which is what this test rules out.)
"$SH" -c 'f() { f; }; f; echo not reached' 2>/dev/null
s=$?; echo "plain: $([ $s -gt 0 ] && [ $s -lt 128 ] && echo error)"
"$SH" -c 'f() { eval f; echo not reached; }; f' 2>/dev/null
s=$?; echo "eval: $([ $s -gt 0 ] && [ $s -lt 128 ] && echo error)"
echo 'f() { . ./r.sh; }; f' > r.sh
"$SH" ./r.sh 2>/dev/null
s=$?; echo "dot: $([ $s -gt 0 ] && [ $s -lt 128 ] && echo error)"
# In a subshell only the subshell goes.
"$SH" -c '(f() { f; }; f); echo "after subshell: $([ $? -gt 0 ] && echo failed)"' 2>/dev/null

# cosh-only: dash cannot save a descriptor below ulimit -n 10 (Invalid argument), and the messages are cosh's
# not-under-valgrind: valgrind keeps descriptors for itself and refuses ulimit -n
# Under a low ulimit -n, $( ), pipes and redirections that need a saved copy
# still work: the shell holds no descriptor for signals until it polls, and
# its saved copies go below 10 when 10 and up are out of reach.  What cannot
# be had is named.
cat > t.sh <<'EOF'
x=$(echo hi); echo "cmdsub $x"
echo a | cat
echo b >f; cat <f
exec 3>g; echo c >&3; exec 3>&-; cat g
{ echo d; } >h; cat h
( echo e ) | cat
y=$(echo f | cat); echo "$y"
echo g | { read v; echo "read $v"; }
echo end
EOF
echo "-- ulimit -n 6, the script through ."
"$SH" -c 'ulimit -n 6; . ./t.sh' 2>&1
echo "-- ulimit -n 6 before the shell starts: its script's fd counts"
(ulimit -n 6; exec "$SH" ./t.sh) 2>&1
echo "-- ulimit -n 5"
"$SH" -c "ulimit -n 5; $(cat t.sh)" 2>&1
echo "-- what cannot be had is named"
# (fd 3 is closed again before the end: a sanitizer build needs one at exit.)
"$SH" -c 'ulimit -n 4; { echo x >f; echo "status $?"; } 3</dev/null' 2>&1
"$SH" -c 'ulimit -n 6; exec 7>f; echo "not reached"' 2>&1; echo "exec ends the shell: $?"
printf 'exec 3>f\necho "status $?"\n' > u.sh
(ulimit -n 4; exec "$SH" ./u.sh) 2>&1; echo "exec ends the script: $?"
echo "-- no descriptor to spare for signals: waiting for children still works"
printf 'env true; env true; echo "waited twice"\n' > w.sh
# (SIGKILL: a shell stuck in its wait loop has SIGTERM blocked.)
(ulimit -n 4; exec timeout -s KILL 10 "$SH" ./w.sh) 2>&1

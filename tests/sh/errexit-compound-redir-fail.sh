# set -e ends the shell when the redirection of a compound command fails
# ({ }, while, if, for, case): the command failed (status 1; dash 2).  In a
# condition (if, &&, ||) it does not.
for c in '{ echo in; } < missing' 'while false; do :; done < missing' \
	'if true; then :; fi < missing' 'for i in 1; do :; done < missing' \
	'case x in x) ;; esac < missing'; do
	"$SH" -c "set -e; $c; echo not reached" 2>/dev/null
	[ $? -ne 0 ] && echo "ended, non-zero"
done
"$SH" -c 'set -e; if { :; } < missing; then :; fi; { :; } < missing || echo "or ran"; echo reached' 2>/dev/null
echo "status=$?"

# The status of $( ) without a fork: what a forked child would exit with.
x=$(false); echo "false: $?"
x=$(true); echo "true: $?"
x=$(exit 3); echo "exit 3: $?"
x=$(exit 300); echo "exit 300: $?"
false
x=$(exit); echo "bare exit after false: $?"
false
x=$(echo "$?"); echo "status seen inside: $x"
x=$(echo a; false); echo "last command: $?"
x=$(false; echo a); echo "echo last: $?"
x=$(! true); echo "! true: $?"
x=$(while false; do :; done); echo "empty while: $?"
x=$(for i in; do false; done); echo "empty for: $?"
x=$(case x in y) false ;; esac); echo "no case matched: $?"
f() { return 7; }
x=$(f); echo "function: $?"
g() { exit 6; echo no; }
x=$(g; echo no); echo "exit in function: [$x] $?"
x=$(false) y=$(true); echo "two assignments: $?"
x=$(true) y=$(false); echo "two assignments, last fails: $?"
echo $(false) >/dev/null; echo "command with one: $?"
# A substitution that ends the shell inside it ends only the substitution.
x=$(set -e; false; echo no); echo "set -e inside: [$x] $?"
x=$(printf '%d' 12abc 2>/dev/null); echo "printf error: [$x] $?"

# cosh-only: dash goes on after it under set -e (checked with bash and mksh)
# A redirection error on a compound command is a failed command: status 1
# and the script goes on, but set -e ends it (bash and mksh; dash goes on).
{ cat; } 2>/dev/null <missing
echo "group: $?"
while read -r line; do echo "$line"; done 2>/dev/null <missing
echo "loop: $?"
"$SH" -c 'set -e; { cat; } <missing; echo "not reached"' 2>/dev/null
echo "set -e group: $?"
"$SH" -c 'set -e; while read -r l; do :; done <missing; echo "not reached"' 2>/dev/null
echo "set -e loop: $?"
"$SH" -c 'set -e; if { cat; } <missing; then :; else echo "condition: no exit"; fi' 2>/dev/null
"$SH" -c 'set -e; { cat; } <missing || echo "left of ||: no exit"' 2>/dev/null

# cosh-only: dash has no pipefail (bash agrees with this test)
# With pipefail the status of a first stage that ran in the shell itself
# (a lone echo, printf, true, false or ':') counts as a process's would.
set -o pipefail
false | cat; echo "false=$?"
true | cat; echo "true=$?"
printf '%d\n' x 2>/dev/null | cat; echo "printf=$?"
big=$(i=0; while [ $i -lt 3000 ]; do echo "line $i"; i=$((i + 1)); done)
{ printf '%s\n' "$big" | head -n 1; } 2>/dev/null; echo "head=$?"
false | true | cat; echo "mid=$?"

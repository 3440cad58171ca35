# test with integers: -eq -ne -lt -le -gt -ge.
t() { if [ "$@" ]; then echo "true:  $*"; else echo "false: $*"; fi; }
t 1 -eq 1
t 1 -eq 2
t 1 -ne 2
t 2 -lt 10
t 10 -lt 2
t 3 -le 3
t 4 -gt 3
t 3 -ge 4
t -5 -lt 0
t 007 -eq 7
# Non-numbers are an error: status > 1.
[ abc -eq 1 ] 2>/dev/null
echo "non-number: status > 1: $([ $? -gt 1 ] && echo yes)"
# A string comparison of numbers is not numeric.
t 10 = 010

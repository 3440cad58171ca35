# cosh-only: fc needs an interactive shell's history; bash lists nothing, dash has no fc
# Without history fc is an error (status 1), not a crash; a bad option is
# a usage error (status 2) whatever the history.
fc -l 2>/dev/null
echo "fc -l: $?"
fc -s 2>/dev/null
echo "fc -s: $?"
fc -e true 2>/dev/null
echo "fc -e: $?"
fc -x 2>/dev/null
echo "fc -x: $?"
fc -l -s 2>/dev/null
echo "fc -l -s: $?"

# Duplication and closing: <& >& n<&- n>&-, and 2>&1 order.
{ echo out; echo err >&2; } >both 2>&1
sort both
echo ---
# Order matters: 2>&1 >file sends stderr to the old stdout.
{ echo out; echo err >&2; } 2>&1 >onlyout | sed 's/^/pipe: /'
echo "file: $(cat onlyout)"
echo ---
# >&2 sends stdout to stderr.
# >&2 2>/dev/null: stdout goes to the old stderr, then stderr is changed.
{ echo to-old-stderr >&2 2>/dev/null; } 2>e0
echo "e0: $(cat e0)"
{ echo moved >&2; } 2>e
echo "e: $(cat e)"
# Open fd 3 for a command only.
echo via-fd3 3>f3 >&3
cat f3
# Closing stdout: writing fails.
( echo x >&- ) 2>/dev/null
echo "write to closed fd fails: $([ $? -ne 0 ] && echo yes)"
# Closing fd 3 with <&- and >&-.
exec 4>f4
echo four >&4
exec 4>&-
( echo more >&4 ) 2>/dev/null || echo "fd 4 closed"
cat f4
# <& duplicates an input fd.
printf 'in5\n' >f5
exec 5<f5
read -r l <&5 && echo "read $l from 5"
exec 5<&-
# Swap stdout and stderr with a third descriptor.
{ { echo O; echo E >&2; } 3>&1 1>&2 2>&3 3>&-; } 2>swapped-out 1>swapped-err
echo "stdout went to: $(cat swapped-out)"
echo "stderr went to: $(cat swapped-err)"
# Duplicating a closed descriptor is an error.
( echo x >&7 ) 2>/dev/null; echo "bad fd status non-zero: $([ $? -ne 0 ] && echo yes)"

# An assignment to a readonly variable ends a script with status 2, the
# status of the other errors that end it (as dash and mksh; XCU 2.8.1
# only asks for non-zero, bash gives 1 or 127).
"$SH" -c 'readonly r=1; r=2; echo not reached' 2>/dev/null
echo "assignment: $?"
"$SH" -c 'readonly r=1; r=2 true; echo not reached' 2>/dev/null
echo "prefix assignment: $?"
"$SH" -c 'readonly r=1; for r in 1; do :; done; echo not reached' 2>/dev/null
echo "for loop: $?"

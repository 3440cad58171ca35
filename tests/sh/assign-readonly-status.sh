# Assigning to a readonly variable ends a non-interactive shell with
# status 2 (dash, mksh), before a command or as a prefix assignment.
"$SH" -c 'readonly a=1; a=2; echo not reached' 2>/dev/null
echo "plain: $?"
"$SH" -c 'readonly a=1; a=2 true; echo not reached' 2>/dev/null
echo "prefix: $?"
"$SH" -c 'readonly a=1; for a in 1; do :; done; echo not reached' 2>/dev/null
echo "for: $?"

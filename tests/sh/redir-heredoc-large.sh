# Large here-documents and pipelines do not deadlock or lose data.
big=$(awk 'BEGIN { for (i = 0; i < 20000; i++) print "line " i }')
cat <<END | wc -l | tr -d ' '
$big
END
cat <<END >copy
$big
END
printf '%s\n' "$big" | cmp -s - copy && echo "here-doc copy identical"
# A large here-doc given to a builtin reading it slowly.
n=0
while read -r l; do n=$((n + 1)); done <<END
$big
END
echo "read $n lines"
# A large command substitution.
s=$(cat copy)
[ "$s" = "$big" ] && echo "command substitution intact"
# A large pipeline.
awk 'BEGIN { for (i = 0; i < 100000; i++) print i }' | cat | cat | tail -n 1

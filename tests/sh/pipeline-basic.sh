# Pipelines: data flows, the status is that of the last command, every stage runs.
echo hello | tr a-z A-Z
printf 'c\nb\na\n' | sort | head -n 2
false | true; echo "false|true: $?"
true | false; echo "true|false: $?"
true | (exit 5); echo "last exits 5: $?"
! true | false; echo "! (true|false): $?"
! false | true; echo "! (false|true): $?"
# Every stage runs, even when a later one ignores the input.
rm -f mark1 mark2
{ echo x >mark1; } | { echo y >mark2; }
test -f mark1 && test -f mark2 && echo "both stages ran"
# A long pipeline.
echo a | cat | cat | cat | cat | cat | tr a b
# Each stage is a subshell: assignments do not leak.
v=before
echo x | v=after
echo "v=$v"
# A pipeline spanning lines after |.
echo continued |
  tr c C

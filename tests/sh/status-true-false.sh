# Exit statuses of true, false, and of lists of them.
true; echo "true: $?"
false; echo "false: $?"
! true; echo "! true: $?"
! false; echo "! false: $?"
sh -c 'exit 3'; echo "exit 3: $?"
sh -c 'exit 255'; echo "exit 255: $?"
(exit 42); echo "subshell exit 42: $?"
# $? of an empty command (only an assignment) is 0, or that of a cmdsubst in it.
false; x=1; echo "assignment: $?"
x=$(exit 7); echo "assignment with \$(exit 7): $?"
# $? is read at expansion time, before the command runs.
false
echo "first $?" "second $?"

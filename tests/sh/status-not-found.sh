# A command that is not found gives 127; one that is not executable gives 126.
nonexistent_cmd_xyz 2>/dev/null; echo "not found: $?"
./no_such_file 2>/dev/null; echo "no such path: $?"
printf 'echo hi\n' >notexec
chmod -x notexec
./notexec 2>/dev/null; echo "not executable: $?"
mkdir adir
./adir 2>/dev/null; echo "directory: $?"
# The shell carries on after both.
echo still running
# In a pipeline, the status is that of the last command.
nonexistent_cmd_xyz 2>/dev/null | true; echo "first of pipe: $?"
true | nonexistent_cmd_xyz 2>/dev/null; echo "last of pipe: $?"

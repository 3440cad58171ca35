# exec: replaces the shell; with only redirections changes the current shell.
"$SH" -c 'exec echo replaced; echo never'
"$SH" -c 'exec sh -c "exit 6"; echo never'; echo "status of exec'd: $?"
# The command gets the shell's environment and exported variables.
"$SH" -c 'export E=env-var; exec sh -c "echo \$E"'
# exec of a missing command fails; a non-interactive shell exits.
"$SH" -c 'exec nonexistent_cmd_xyz; echo never' 2>/dev/null
echo "exec missing: $?"
# exec with redirections and no command.
exec 3>fd3
echo via3 >&3
exec 3>&-
cat fd3
# Variable assignments before exec with no command.
"$SH" -c 'x=1 exec; echo "x=$x"'

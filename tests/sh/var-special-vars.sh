# Shell variables set by the shell: PPID, PWD, IFS default, OPTIND.
# (LINENO: see var-lineno.sh; Debian's dash does not set it.)
child_ppid=$("$SH" -c 'echo $PPID')
[ "$child_ppid" = "$$" ] && echo "child's PPID is our \$\$"
[ "$(cd / && "$SH" -c 'echo $PWD')" = / ] && echo "PWD set in a new shell"
nl='
'
[ "$IFS" = " 	$nl" ] && echo "IFS is space tab newline"
echo "OPTIND=$OPTIND"
# PS1/PS2/PS4 defaults are not tested here (interactive); PATH comes from the environment.
[ -n "$PATH" ] && echo "PATH set"
# HOME from the environment.
[ "$HOME" = "$PWD" ] && echo "HOME is the test directory"

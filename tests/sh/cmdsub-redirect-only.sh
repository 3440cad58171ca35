# cosh-only: dash gives nothing for $(<file) (checked with bash and mksh)
# $(<file) and `<file` give the file's contents (bash, ksh, mksh, zsh;
# dash gives nothing): a missing file is an error with status 1.
printf 'one\ntwo\n\n' >f
x=$(<f)
echo "[$x]"
y=`< f`
echo "[$y]"
name=f
echo "[$(< "$name")]"
z=$(<missing) 2>/dev/null
echo "missing: $?"
# Only a lone input redirection: anything else runs as a command.
echo "[$(<f >/dev/null)]"

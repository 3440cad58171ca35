# cd: leaving a directory that was removed sets OLDPWD to its name (from
# $PWD); PWD and OLDPWD are exported; "cd -" goes back and prints the name;
# a $PWD inherited wrong is not trusted.
top=$(pwd -P)
mkdir -p gone other second
cd gone
rmdir "$top/gone"
cd "$top/other"
echo "OLDPWD ends in [${OLDPWD##*/}]"
cd "$top/second"
sh -c 'echo "child PWD ends in [${PWD##*/}] OLDPWD in [${OLDPWD##*/}]"'
cd - >"$top/out"
echo "cd - printed [$(sed 's|.*/||' "$top/out")] status $?"
PWD=/ "$SH" -c 'echo "inherited wrong: [${PWD##*/}]"'

# cd and pwd: PWD and OLDPWD are updated, cd - goes back and prints.
start=$(pwd)
[ "$PWD" = "$start" ] && echo "PWD matches pwd at start"
mkdir -p a/b
cd a
[ "$PWD" = "$start/a" ] && echo "PWD updated"
[ "$OLDPWD" = "$start" ] && echo "OLDPWD updated"
cd b
echo "in ${PWD#"$start"}"
cd ..
echo "in ${PWD#"$start"}"
out=$(cd -)
[ "$out" = "$start/a/b" ] && echo "cd - prints the new directory"
cd -  >/dev/null
echo "back in ${PWD#"$start"}"
cd "$start"
# cd with no argument goes to HOME.
HOME=$start/a/b
cd
echo "home: ${PWD#"$start"}"
cd "$start"
# A failing cd does not change the directory and returns non-zero.
cd nonexistent 2>/dev/null
echo "failed cd: status non-zero $([ $? -ne 0 ] && echo yes), still in ${PWD#"$start"}/"
# cd through a symbolic link: logical PWD by default, -P resolves it.
ln -s a/b link
cd link
echo "logical: ${PWD#"$start"}"
echo "pwd: $(pwd | sed "s|^$start||")"
echo "pwd -P: $(pwd -P | sed "s|^$(cd "$start" && pwd -P)||")"
cd ..
echo "after .. from link: ${PWD#"$start"}"
cd -P link
echo "cd -P: ${PWD#"$(cd "$start" && pwd -P)"}"
cd "$start"
# CDPATH is searched, and the new directory is printed.
mkdir -p cdp/target
CDPATH=$start/cdp
out=$(cd target)
[ "$out" = "$start/cdp/target" ] && echo "CDPATH used and printed"
unset CDPATH

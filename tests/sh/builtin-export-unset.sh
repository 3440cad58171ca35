# export and unset: visibility in children, export -p re-readable, unset -v -f.
a=1
sh -c 'echo "child sees a=[$a]"'
export a
sh -c 'echo "child sees a=[$a]"'
export b=2
sh -c 'echo "child sees b=[$b]"'
# Exporting an unset variable exports it once it is set.
export later
later=now
sh -c 'echo "later=[$later]"'
# A changed value is exported.
a=changed
sh -c 'echo "a=[$a]"'
# export -p output can be read back.
export weird='it'"'"'s "quoted" $x'
export -p >exported
unset weird
. ./exported
echo "weird=[$weird]"
grep -q '^export ' exported && echo "export -p lines start with export"
# unset removes variables and their export.
unset a
echo "a=[${a-unset}]"
sh -c 'echo "child: a=[${a-unset}]"'
# unset of an unset variable succeeds.
unset never_set; echo "unset unset: $?"
# unset -f removes a function, unset -v a variable of the same name.
f() { echo func; }
f=var
unset -v f
echo "f=[${f-unset}]"; f
unset -f f
f 2>/dev/null || echo "function gone"
# Several names at once.
x=1 y=2 z=3
unset x y
echo "[${x-u}${y-u}${z-u}]"
# Variables in the initial environment are exported.
sh -c 'echo "PATH exported: ${PATH:+yes}"'

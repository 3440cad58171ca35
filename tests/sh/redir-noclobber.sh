# set -C (noclobber): > refuses to overwrite, >| and >> still work.
echo orig >f
set -C
( echo new >f ) 2>/dev/null
echo "status non-zero: $([ $? -ne 0 ] && echo yes)"
cat f
echo forced >|f
cat f
echo appended >>f
cat f
echo created >g
cat g
# /dev/null is not a regular file: > is allowed.
echo x >/dev/null && echo "devnull ok"
set +C
echo again >f
cat f
case $- in *C*) echo "C still set" ;; *) echo "C unset" ;; esac

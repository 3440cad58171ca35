# set -C decides from the open itself, not from an errno some earlier
# failed lookup left behind: > to /dev/null and to a FIFO works right
# after a failed test, cd or command search; > to a regular file fails.
set -C
[ -e ./nonexistent ]
cd ./nonexistent 2>/dev/null
nosuchcommand 2>/dev/null
: >/dev/null && echo "devnull ok"
echo data >/dev/null && echo "devnull echo ok"
mkfifo fifo
cat fifo >fifo.out &
[ -e ./nonexistent ]
# A refused open still has to release the reader.
{ echo through >fifo && echo "fifo ok"; } 2>/dev/null || echo refused >|fifo
wait
cat fifo.out
[ -e ./nonexistent ]
: >new && echo "new file ok"
[ -e ./nonexistent ]
(: >new) 2>/dev/null || echo "existing refused"
echo forced >|new && cat new
echo appended >>new && cat new
(: >./nodir/x) 2>&1 | grep -q 'cannot overwrite' || echo "missing dir not called existing"

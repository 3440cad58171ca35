# test with files: -e -f -d -r -w -x -s -L -h -p.
t() { if [ "$@" ]; then echo "true:  $*"; else echo "false: $*"; fi; }
echo data >file
: >empty
mkdir dir
ln -s file link
ln -s nowhere dangling
mkfifo fifo
printf '#!/bin/sh\n' >script
chmod 755 script
chmod 644 file
t -e file
t -e nope
t -f file
t -f dir
t -d dir
t -d file
t -s file
t -s empty
t -x script
t -x file
t -r file
t -w file
t -h link
t -L link
t -L file
t -e dangling
t -L dangling
t -f link
t -p fifo
t -p file
t -e ""
# Combined with ! and with -a/-o avoided: use && and || between tests.
[ -f file ] && [ -d dir ] && echo "both"
[ -f nope ] || [ -d dir ] && echo "either"

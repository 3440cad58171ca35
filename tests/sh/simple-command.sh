# Simple commands: words, PATH search, absolute paths, assignments.
echo hello world
echo   several    spaces   collapse
/bin/echo absolute path
x=1 y=2
echo "$x $y"
# An assignment before a command is in its environment only.
v=outer
v=inner sh -c 'echo "child sees $v"'
echo "shell keeps $v"
# A command with only redirections and assignments.
z=3 >empty
echo "z=$z"
test -f empty && test ! -s empty && echo "empty file created"
# PATH search finds a script we write; it needs no ./ prefix.
mkdir bin
printf '#!/bin/sh\necho "mycmd ran with $# args: $*"\n' >bin/mycmd
chmod +x bin/mycmd
PATH=$PWD/bin:$PATH
mycmd a b c
# Earlier PATH entries win.
mkdir bin2
printf '#!/bin/sh\necho second\n' >bin2/mycmd
chmod +x bin2/mycmd
PATH=$PWD/bin2:$PATH mycmd
mycmd
# A command name with a slash is not searched for.
cd bin && ./mycmd x && cd ..

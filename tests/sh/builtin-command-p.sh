# command -p searches the system's default path only: a tool found only on
# $PATH is not found (127), one on the default path is.
mkdir bin
printf '#!/bin/sh\necho from-path\n' >bin/hello; chmod +x bin/hello
PATH=$PWD/bin
command -p hello 2>/dev/null
echo "hidden tool [$?]"
command -p sh -c 'echo found on the default path'

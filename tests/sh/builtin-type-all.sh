# cosh-only: type -a and -t are bash and mksh extensions (dash lacks them);
# bash agrees.  -a lists every meaning in search order, each file on PATH;
# -t prints one word; a name found nowhere gives status 1.
mkdir a b
printf '#!/bin/sh\n' >a/tool; cp a/tool b/tool; chmod +x a/tool b/tool
PATH=$PWD/a:$PWD/b:$PATH
cd() { command cd "$@"; }
type -a tool | sed "s|$PWD/||"
type -a cd | grep " is "
type -t tool cd if echo
type -t no-such-tool; printf 'status %s\n' "$?"
type -a no-such-tool 2>/dev/null; printf 'status %s\n' "$?"

# Command search follows PATH changes (a cache must be dropped when PATH changes).
mkdir b1 b2
printf '#!/bin/sh\necho "from b1"\n' >b1/tool
chmod +x b1/tool
PATH=$PWD/b1:$PWD/b2:/usr/bin:/bin
tool
# A command that appears earlier in PATH later is found after PATH is reassigned.
printf '#!/bin/sh\necho "from b2"\n' >b2/tool
chmod +x b2/tool
PATH=$PWD/b2:$PWD/b1:/usr/bin:/bin
tool
# A cached command that disappears is searched for again.
rm b2/tool
tool
rm b1/tool
tool 2>/dev/null; echo "gone: $?"
# An empty PATH entry means the current directory.
printf '#!/bin/sh\necho "from cwd"\n' >here
chmod +x here
PATH=/usr/bin:/bin:
here
PATH=:/usr/bin:/bin
here
# Builtins work with an empty PATH; external commands do not.
PATH=
echo "echo is a builtin"
ls >/dev/null 2>&1; echo "ls with empty PATH: $([ $? -eq 127 ] && echo 127)"
PATH=/usr/bin:/bin
# A non-executable file earlier in PATH is skipped.
mkdir b3
printf 'echo wrong\n' >b3/tool2
printf '#!/bin/sh\necho "executable one"\n' >b1/tool2
chmod +x b1/tool2
PATH=$PWD/b3:$PWD/b1:/usr/bin:/bin
tool2

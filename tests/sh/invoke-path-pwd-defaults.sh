# Started with an empty environment, the shell sets PATH (unexported, to
# the same value as dash) and exports PWD.
env -i "$SH" -c 'echo "PATH=[$PATH]"'
env -i "$SH" -c '/usr/bin/env' | sed 's/=.*//' | grep -E '^(PATH|PWD)$' | sort
env -i "$SH" -c 'ls /dev/null'

# cosh-only: "ulimit -a" and several flags print bash's layout (dash has its
# own); every line ends in a number or "unlimited", and -f is in the list. bash
# agrees but for "-a 1", which it accepts.
ulimit -a | grep -c '(blocks, -f) [0-9unlimted]*$'
ulimit -a | grep -vc ' [0-9][0-9]*$\| unlimited$'
ulimit -n -f | sed 's/) .*/)/'
ulimit -a 1 2>/dev/null || echo "-a with a limit fails"

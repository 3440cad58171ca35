# cosh-only: dash gets this wrong (trap in a subshell lists nothing); bash --posix agrees with cosh
# XCU 2.14 trap: trap with no operands in a subshell (before any trap is
# changed there) lists the traps of the parent, so that save=$(trap) works.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.14-trap-list-in-subshell "$(trap 'echo t' USR1; (trap) | grep -c USR1)"
trap 'echo t' USR2
save=$(trap)
t 2.14-trap-list-in-cmdsub "$(case $save in *USR2*) echo listed;; *) echo none;; esac)"
trap - USR2
eval "$save"
save2=$(trap)
t 2.14-trap-saved-and-restored "$(case $save2 in *USR2*) echo restored;; *) echo lost;; esac)"

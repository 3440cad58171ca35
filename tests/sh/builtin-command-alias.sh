# command -v names an alias as an alias definition that can be read back
# (XCU command: "Aliases shall be written as alias definitions");
# command -V and type also find aliases, and the status is 0.
alias ll='ls -l'
command -v ll; echo "status $?"
eval "unalias ll; $(command -v ll)"
alias ll
command -V ll >/dev/null; echo "status $?"
type ll >/dev/null; echo "status $?"
case $(command -V ll) in *alias*) echo "says alias" ;; esac
unalias ll
command -v ll; echo "status after unalias: $([ $? -ne 0 ] && echo nonzero)"

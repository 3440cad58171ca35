# cosh-only: dash's "local x" keeps the outer value; cosh does as bash and mksh
# do: a local declared without a value starts unset (its export flag kept),
# and is put back at the return.  "local -" restores the options (dash, bash).
x=outer
f() { local x; echo "[${x-unset}]"; x=in; echo "[$x]"; }
f
echo "[$x]"
export e=1
g() { local e; e=2; sh -c 'echo "child [${e-unset}]"'; }
g
echo "[$e]"
o() { local -; set -f; echo "in o: $(case $- in *f*) echo f;; esac)"; }
o
echo "after o: [$(case $- in *f*) echo f;; esac)]"

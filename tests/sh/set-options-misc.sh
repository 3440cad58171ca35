# set -n (parse only), set -a (allexport), set -f, and options on the command line.
"$SH" -n -c 'echo not-run'; echo "-n status: $?"
"$SH" -n -c 'if then' 2>/dev/null; echo "-n catches syntax errors: $([ $? -ne 0 ] && echo yes)"
set -a
AUTO=exported
set +a
sh -c 'echo "AUTO=$AUTO"'
NOT_AUTO=local
sh -c 'echo "NOT_AUTO=[$NOT_AUTO]"'
# set -o / +o by long name.
set -o allexport; case $- in *a*) echo "allexport is -a" ;; esac; set +o allexport
set -o errexit; case $- in *e*) echo "errexit is -e" ;; esac; set +o errexit
set -o nounset; case $- in *u*) echo "nounset is -u" ;; esac; set +o nounset
set -o noclobber; case $- in *C*) echo "noclobber is -C" ;; esac; set +o noclobber
set -o xtrace 2>/dev/null; case $- in *x*) set +x 2>/dev/null; echo "xtrace is -x" ;; esac
# Options given to sh.
"$SH" -f -c 'case $- in *f*) echo "-f on the command line" ;; esac'
"$SH" -u -c 'echo ${undefined_var}; echo never' 2>/dev/null; echo "-u on the command line: $([ $? -ne 0 ] && echo exits)"

# set: positional parameters, -- and option flags.
set -- a b c
echo "$# $*"
set -- 
echo "$#"
set -- -x -e
echo "$# $1 $2"
case $- in *x*|*e*) echo "options wrongly set" ;; *) echo "options not set by set --" ;; esac
set x y
echo "$# $*"
set -- "spaced arg" ""
echo "$#:[$1][$2]"
# set -f / +f, set -C, -u, and reading $-.
set -f; case $- in *f*) echo "-f on" ;; esac
set +f; case $- in *f*) ;; *) echo "-f off" ;; esac
set -o noglob; case $- in *f*) echo "-o noglob is -f" ;; esac
set +o noglob
# set -o lists options; set +o prints commands that restore them.
set -f
saved=$(set +o)
set +f
eval "$saved"
case $- in *f*) echo "set +o output restores -f" ;; esac
set +f
# set with no arguments lists variables in re-readable form.
myvar='two words'
set | grep -q "^myvar=" && echo "set lists myvar"
(eval "$(set | grep '^myvar=')"; echo "myvar=[$myvar]")
# Several options at once.
set -fC
case $- in *f*C*|*C*f*) echo "combined -fC" ;; esac
set +fC

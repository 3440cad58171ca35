# Special parameters: $? $# $@ $* $$ $! $0 $1.. $-.
set -- a "b c" d
echo "$#"
echo "$1|$2|$3"
echo "$*"
echo $@
false; echo "$?"
# $$ is the same in a subshell.
outer=$$
sub=$(echo $$)
[ "$outer" = "$sub" ] && echo "subshell \$\$ equals parent's"
( [ "$$" = "$outer" ] && echo "(\$\$) too" )
# But a child shell has its own.
child=$("$SH" -c 'echo $$')
[ "$child" != "$outer" ] && echo "child shell differs"
# $! is the pid of the last background job.
sleep 0 & bg=$!
wait "$bg"
[ "$bg" -gt 0 ] && echo "\$! is a positive number"
# $0 of a script is its path.
case $0 in *expand-special-params.sh) echo "\$0 is the script" ;; *) echo "\$0=$0" ;; esac
# $- holds the option letters.
set -f
case $- in *f*) echo "\$- has f" ;; esac
set +f
case $- in *f*) echo "still f" ;; *) echo "\$- lost f" ;; esac
# Positional parameters beyond 9.
set -- 1 2 3 4 5 6 7 8 9 10 11
echo "${10} ${11} $#"
# $# after set --.
set --
echo "$# [$*] [$@]"

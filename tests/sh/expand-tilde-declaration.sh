# export and readonly take NAME=value operands as assignments (POSIX 2024
# declaration utilities): tilde expansion right after the '=' and after
# each ':', no field splitting, no pathname expansion.
HOME=/home/u
touch f1 f2
export a=~/x:~/y b=~ c=f*
printf '[%s]\n' "$a" "$b" "$c"
readonly d=~:~/z
printf '[%s]\n' "$d"
v='one  two'
export e=$v
printf '[%s]\n' "$e"
command export g=~/g
printf '[%s]\n' "$g"
# A quoted tilde, or one not at the start of the value, stays.
export h="~" i=\~ j=x~
printf '[%s]\n' "$h" "$i" "$j"
# Not an assignment: an ordinary argument, no tilde after '='.
printf '[%s]\n' k=~

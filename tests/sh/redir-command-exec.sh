# exec without a command keeps its redirections, also when it runs
# through 'command' (which only takes away its special properties), but
# eval's own redirections stay eval's.
echo hello >f
command exec 8<f
read x <&8 && echo "command exec: $x"
command command exec 7<f
read x <&7 && echo "command command exec: $x"
g() { command exec 5<f; }
g
read x <&5 && echo "from a function: $x"
command exec 4>out
echo to4 >&4
cat out
eval exec 6<f
{ read x <&6; } 2>/dev/null || echo "eval's redirection undone"

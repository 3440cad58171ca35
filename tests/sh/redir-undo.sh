# Redirections on builtins, groups, functions and loops are undone afterwards.
echo a >f; echo b
{ echo c; } >g; echo d
f() { echo in-f; }
f >h; echo e
for i in 1; do echo loop; done >l; echo after-loop
while false; do :; done >w; echo after-while
cd . >/dev/null; echo after-cd
read -r v <f; echo "read $v"; echo after-read
printf '%s\n' pf >p; echo after-printf
echo err 2>errfile >&2
{ echo restored >&2; } 2>chk
cat f g h l p
echo "errfile: $(cat errfile)"
echo "chk: $(cat chk)"
# Redirection of a failing builtin is still undone.
cd /nonexistent 2>/dev/null
echo "still on stdout"
# A redirection error on a group skips it but the shell goes on.
{ echo never; } <missing 2>/dev/null
echo "after failed redir: $([ $? -ne 0 ] && echo non-zero)"

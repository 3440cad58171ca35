# Each pipeline stage is its own process: exit, cd and variables stay inside.
# (POSIX allows running stages in the current shell as an extension; cosh,
# dash and bash run every stage in a subshell, so this test expects that.)
echo x | exit 3
echo "exit in first stage does not exit the shell"
exit 4 | true
echo "status: $?"
cd / | true
[ "$PWD" != / ] && echo "cd in a stage does not change our directory"
echo 1 | { read -r v; echo "in stage: $v"; }
echo "outside: [${v-unset}]"
# The middle stage's failure does not change the status.
printf 'a\nb\n' | false | echo last
echo "status: $?"
# Stages run concurrently: a reader can end before the writer.
yes | head -n 2
echo "status after yes|head: $?"
# Stage order of output through a pipe is preserved.
printf '3\n1\n2\n' | sort -n | sed 's/^/n=/'
# A pipeline of builtins only.
echo "builtin pipe" | read -r x; echo "after read in pipe: [${x-unset}]"

# cosh-only: dash has no "builtin" (bash, mksh, ksh and zsh have it; bash
# agrees with every line here).
# builtin runs the builtin even where a function hides it; without an
# operand it does nothing; a name that is no builtin fails with 1.
cd() { echo "function cd"; }
cd
builtin cd / && pwd
unset -f cd
builtin; echo "none: $?"
builtin --; echo "dashdash: $?"
builtin -- false; echo "false: $?"
builtin ls 2>/dev/null; echo "ls: $?"
builtin command echo "through command"
f() { builtin return 3; echo "not reached"; }
f; echo "return: $?"
for i in 1 2 3; do builtin break; done; echo "break: i=$i"

# Where aliases apply: after assignments and redirections, in every
# command position of compound commands, in $( ), `...`, eval, dot scripts
# and sh -c; and when: a definition applies from the next command read.
alias hi='echo hi'
v=1 hi assign
>/dev/null hi redirect; echo "(redirected)"
hi a && hi b || hi c
true | hi pipe
! hi bang
if hi cond; then hi then; else hi else; fi
while hi loop; do break; done
for i in 1; do hi for; done
case x in x) hi case;; esac
{ hi group; }
(hi subshell)
echo "$(hi cmdsub)" `hi backquote`
eval 'hi eval'
echo 'hi dot' > dotfile
. ./dotfile
"$SH" -c 'alias c="echo in -c"
c'
# Reserved words are never aliases where they are reserved words.
alias if='echo aliased-if'
if true; then echo reserved; fi
unalias if
# A closing word may come from an alias.
alias endif=fi
if true; then echo "closed by alias"; endif
# An alias defined on a line is not used later on the same line (the
# line is parsed before it runs)...
alias later='echo later'; later 2>/dev/null || echo "same line: not yet"
# ...but from the next line on.
later
# A function body is parsed once: an alias defined afterwards does not
# change it.
f() { ff; }
alias ff='echo ff-alias'
f 2>/dev/null || echo "function parsed before alias"

# Aliases in a script: defined on one line, used on later lines.
alias hi='echo hello'
hi world
alias ll='echo listing'
ll
# A trailing space makes the next word an alias candidate too.
alias run='echo running: ' what='the alias'
run what
# alias NAME prints a re-readable definition; unalias removes.
alias hi | grep -q "hi=" && echo "alias hi listed"
unalias hi
hi 2>/dev/null || echo "hi removed"
# Quoted names are not aliases.
alias e2='echo aliased'
\e2 2>/dev/null || echo "quoted name not expanded"
'e2' 2>/dev/null || echo "single quoted not expanded"
# An alias may contain several commands.
alias two='echo one; echo two'
two
unalias -a
alias | wc -l | tr -d ' '

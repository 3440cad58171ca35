# cosh-only: dash has no here-strings (checked with bash and mksh)
# <<< word: the word expanded (tilde, parameters, command substitution,
# quote removal; no splitting, no globbing) and a newline, on stdin (ksh,
# bash, mksh, zsh; dash has no here-strings).
cat <<< hi
a="one
two"
cat <<<"$a"
cat <<<$a
read x y <<< "first second"
echo "$x/$y"
cat 3<<<three <&3
cat <<<"*"
cat <<<$(echo substituted)
f() { cat; }
f <<<"to a function"
cat <<<''
echo end

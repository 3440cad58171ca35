# XCU 2.6.3 Command Substitution: $(command) and `command` are replaced by
# the command's output with trailing newlines removed; run in a subshell.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.6.3-dollar-paren "$(echo dp)"
t 2.6.3-backquote "`echo bq`"
t 2.6.3-trailing-newlines-removed "[$(printf 'a\n\n\n')]"
t 2.6.3-inner-newlines-kept "$(printf '%s' "$(printf 'a\n\nb')" | wc -l | tr -d ' ')"
t 2.6.3-leading-newline-kept "$(x=$(printf '\na'); printf '%s' "$x" | wc -l | tr -d ' ')"
t 2.6.3-subshell-vars "$(v=out; : $(v=in); echo $v)"
t 2.6.3-subshell-cd "$(mkdir -p cdd; d=$PWD; : $(cd cdd); [ "$PWD" = "$d" ] && echo kept)"
t 2.6.3-nested "$(echo $(echo $(echo deep)))"
t 2.6.3-nested-backquote "`echo \`echo bqn\``"
t 2.6.3-backslash-dollar-in-backquote "`printf '%s' \\$`"
t 2.6.3-unquoted-split "$(set -- $(echo a b c); echo $#)"
t 2.6.3-quoted-no-split "$(set -- "$(echo a b c)"; echo $#)"
t 2.6.3-unquoted-glob "$(mkdir -p gd; : >gd/x1; : >gd/x2; echo $(echo 'gd/x*'))"
t 2.6.3-empty "[$(true)]"
t 2.6.3-status "$(x=$(exit 3); echo $?)"
t 2.6.3-case-paren-inside "$(echo $(case a in a) echo cp;; esac))"
t 2.6.3-comment-inside "$(echo $(echo cm # comment )
))"
t 2.6.3-quotes-inside "$(echo "$(echo "a  b")")"
t 2.6.3-squote-paren-inside "$(echo $(echo ')'))"
t 2.6.3-stderr-not-captured "[$(echo err >&2)]" 2>/dev/null
t 2.6.3-redirect-only "$(echo ro >rof; echo $(cat <rof))"
t 2.6.3-heredoc-inside "$(cat <<E
hd
E
)"
t 2.6.3-in-assignment-no-split "$(x=$(echo 'a   b'); echo "$x")"
t 2.6.3-trailing-spaces-kept "[$(printf 'a  ')]"
t 2.6.3-arith-paren-distinct "$( (echo sp) )"
t 2.6.3-dollar-paren-in-word "a$(echo b)c"
t 2.6.3-exit-in-subst "$(x=$(exit 5; echo no); echo "[$x]$?")"
t 2.6.3-function-visible "$(f() { echo fv; }; echo $(f))"

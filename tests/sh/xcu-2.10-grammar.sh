# XCU 2.10 Shell Grammar: separators, linebreaks, optional parts and the
# places where newlines are allowed.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.10-empty-lines-comments "$("$SH" -c '

# c
echo ok
')"
t 2.10-linebreak-after-and "$(true &&

echo lb)"
t 2.10-linebreak-after-pipe "$(echo p |

cat)"
t 2.10-linebreak-in-case "$(case a in

a)
echo cb
;;

esac)"
t 2.10-case-no-items "$(case a in esac; echo $?)"
t 2.10-case-final-item-no-dsemi "$(case a in a) echo f; esac)"
t 2.10-for-newline-before-do "$(for i in 1
do printf %s $i; done)"
t 2.10-for-newline-in-list-ends "$(for i in a b
do printf %s $i
done)"
t 2.10-if-compound-list-newlines "$(if
true
then
echo nl
fi)"
t 2.10-brace-multi-line "$({ echo a
echo b; } | tr '\n' ,)"
t 2.10-subshell-newlines "$( (
echo s
) )"
t 2.10-async-separator "$(echo a >as1 & wait; cat as1)"
t 2.10-semicolon-after-brace "$({ printf x; }; echo y | tr y Y)"
t 2.10-redirect-on-compound "$(if true; then echo rc; fi >rcf; cat rcf)"
t 2.10-redirects-on-while "$(while false; do :; done >wf; [ -f wf ] && echo made)"
t 2.10-missing-fi-syntax "$("$SH" -c 'if true; then :' 2>/dev/null; echo $?)"
t 2.10-missing-done-syntax "$("$SH" -c 'while :; do :' 2>/dev/null; echo $?)"
t 2.10-empty-brace-syntax "$("$SH" -c '{ }' 2>/dev/null; [ $? -ne 0 ] && echo error)"
t 2.10-stray-dsemi-syntax "$("$SH" -c 'echo ;;' 2>/dev/null; [ $? -ne 0 ] && echo error)"
t 2.10-unbalanced-paren-syntax "$("$SH" -c '( echo' 2>/dev/null; [ $? -ne 0 ] && echo error)"
t 2.10-leading-semicolon-syntax "$("$SH" -c '; echo' 2>/dev/null; [ $? -ne 0 ] && echo error)"
t 2.10-syntax-error-nothing-run "$("$SH" -c 'echo ran; fi' 2>/dev/null)"
t 2.10-heredoc-after-pipe "$(cat <<E | tr a A
abc
E
)"
t 2.10-case-pattern-leading-paren-multi "$(case b in (a|b) echo pm;; esac)"

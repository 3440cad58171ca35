# XCU 2.4 Reserved Words: recognised only unquoted, as the first word of a
# command (or after other reserved words), and as "in"/"do" where the grammar
# wants them; elsewhere they are ordinary words.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.4-as-argument "$(echo if then else fi do done)"
t 2.4-case-in-esac-args "$(echo case in esac)"
t 2.4-while-until-args "$(echo while until for)"
t 2.4-braces-args "$(echo { })"
t 2.4-bang-arg "$(echo !)"
t 2.4-quoted-if-command "$('if' 2>/dev/null; echo $?)"
t 2.4-partly-quoted "$(i'f' 2>/dev/null; echo $?)"
t 2.4-after-semicolon "$(true; if true; then echo y; fi)"
t 2.4-after-then "$(if true; then if true; then echo nested; fi; fi)"
t 2.4-after-do "$(for i in 1; do if true; then echo d; fi; done)"
t 2.4-after-bang "$(! if false; then :; else false; fi; echo $?)"
t 2.4-in-for "$(for in in in; do echo $in; done)"
t 2.4-do-as-value "$(for i in do done; do printf %s $i; done)"
t 2.4-brace-needs-delimiter "$({ echo g; })"
t 2.4-close-brace-after-semicolon "$({ echo a; echo b; } | tr '\n' ,)"
t 2.4-brace-word-not-reserved "$(echo {x})"
t 2.4-fi-in-word "$(echo fifo)"
t 2.4-assignment-is-not-reserved "$(if=1; echo $if)"
t 2.4-function-name "$(f() { echo fn; }; f)"
t 2.4-done-after-newline "$(for i in a b
do
printf %s $i
done)"
t 2.4-then-after-newline "$(if true
then echo nl
fi)"
t 2.4-bang-pipeline "$(! false; echo $?)"
t 2.4-bang-status "$(! true; echo $?)"
t 2.4-esac-after-pattern-list "$(case x in (x) echo p; esac)"
t 2.4-in-after-case-newline "$(case a
in a) echo ok;; esac)"

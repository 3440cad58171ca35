# Reserved words are only recognised as the first word of a command.
echo if then else elif fi do done case esac while until for in { } !
echo fi
x=if
echo "$x"
for i in if then; do echo "$i"; done
# A quoted reserved word is not reserved.
'echo' "if" 'fi'
# ! as an argument.
echo !
test ! -e nonexistent && echo "test !"
# } after ; closes a group; as an argument it does not.
{ echo a }; }
# Reserved words after other reserved words are recognised.
if if true; then true; fi; then echo "if in condition"; fi
while ! true; do :; done; echo "while !"
# case patterns may be reserved words.
case fi in fi) echo "fi as pattern" ;; esac

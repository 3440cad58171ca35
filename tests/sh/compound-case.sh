# case: patterns, alternatives, optional (, globs, quoting.
for w in apple banana cherry date "x y" '*' 12 ""; do
  case $w in
    apple | banana) echo "$w: fruit a/b" ;;
    (cherry) echo "$w: paren form" ;;
    d*) echo "$w: starts with d" ;;
    "x y") echo "$w: quoted with space" ;;
    \*) echo "$w: literal star" ;;
    [0-9][0-9]) echo "$w: two digits" ;;
    "") echo "empty word" ;;
    *) echo "$w: default" ;;
  esac
done
# Quoted pattern characters are literal.
case abc in "a*") echo wrong ;; a*) echo "unquoted glob matches" ;; esac
case 'a*' in "a*") echo "quoted pattern matches literally" ;; esac
p='b*'
case bcd in $p) echo "unquoted variable is a pattern" ;; esac
case bcd in "$p") echo wrong ;; *) echo "quoted variable is literal" ;; esac
# ? and bracket expressions.
case xyz in ?y?) echo "question marks" ;; esac
case m in [!a-f]) echo "negated bracket" ;; esac
case - in [a-]) echo "dash at end of bracket" ;; esac
# The word is expanded: tilde, parameters, command substitution, no splitting.
v="two words"
case $v in "two words") echo "no field splitting of word" ;; esac
case $(echo hi) in hi) echo "command substitution in word" ;; esac
# Status: 0 when nothing matches, else that of the last command.
false
case z in a) ;; esac
echo "no match: $?"
case z in z) (exit 4) ;; esac
echo "match: $?"
# Last item may omit ;;.
case q in q) echo "no double semicolon" 
esac
# Empty body.
case e in e) ;; esac && echo "empty body ok"
# First match only.
case aa in a*) echo first ;; aa) echo second ;; esac
# case on one line, and reserved words as patterns.
case in in in) echo "in as pattern" ;; esac
case esac in (esac) echo "esac as pattern" ;; esac

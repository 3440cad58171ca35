# case patterns with character classes, escapes and expansions.
for w in 7 A z ' ' '' '*' 'ab' '[x]' 'a?c'; do
  case $w in
    [[:digit:]]) r=digit ;;
    [[:upper:]]) r=upper ;;
    [[:lower:]]) r=lower ;;
    [[:space:]]) r=space ;;
    '') r=empty ;;
    \*) r=star ;;
    \[*\]) r=brackets ;;
    a\?c) r=literal-question ;;
    ??) r=two-chars ;;
    *) r=other ;;
  esac
  echo "[$w] $r"
done
# * matches the empty string.
case '' in *) echo "star matches empty" ;; esac
case abc in abc*) echo "trailing star matches nothing" ;; esac
# Patterns from variables and command substitutions.
a=x b=y
case y in $a|$b) echo "variable alternatives" ;; esac
case yes in $(echo y)*) echo "substitution in pattern" ;; esac
# A backslash-escaped character in a bracket expression.
case ']' in [\]]) echo "escaped ] in brackets" ;; esac
case '!' in [\!]) echo "escaped ! in brackets" ;; esac
# Case is sensitive.
case ABC in abc) echo wrong ;; ABC) echo "case sensitive" ;; esac

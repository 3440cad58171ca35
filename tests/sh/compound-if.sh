# if / elif / else: the first true condition wins; status rules.
for n in 1 2 3 4; do
  if [ "$n" = 1 ]; then
    echo "$n: one"
  elif [ "$n" = 2 ]; then
    echo "$n: two"
  elif [ "$n" = 3 ]
  then echo "$n: three"
  else
    echo "$n: other"
  fi
done
# The condition is a list; its last command decides.
if false; true; then echo "list condition true"; fi
if true; false; then echo never; else echo "list condition false"; fi
# Status of if with no branch taken is 0.
false
if false; then echo never; fi
echo "no branch: $?"
# Otherwise it is that of the branch.
if true; then (exit 6); fi; echo "then branch: $?"
if false; then :; else (exit 7); fi; echo "else branch: $?"
# Nesting and one-line forms.
if true; then if false; then echo a; else echo nested-else; fi; fi
if ! false; then echo negated; fi
if { true; }; then echo "group condition"; fi
if (exit 0) && true; then echo "and-list condition"; fi

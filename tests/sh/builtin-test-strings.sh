# test and [ with strings: -n -z = != and the one-argument form.
t() { if "$@"; then echo "true:  $*"; else echo "false: $*"; fi; }
t test -n abc
t test -n ""
t test -z ""
t test -z abc
t test abc = abc
t test abc = abd
t test abc != abd
t test "" = ""
t [ abc ]
t [ "" ]
t [ -n ]
t [ = ]
t [ ! ]
t [ ! "" ]
t [ ! abc ]
t [ "a b" = "a b" ]
t [ x"$unset" = x ]
t [ -z "$unset" ]
t test
# Four-argument and negated forms.
t [ ! a = b ]
t [ ! a = a ]
# The closing bracket is required.
[ a = a 2>/dev/null
echo "missing ]: status > 1: $([ $? -gt 1 ] && echo yes)"

# Quoting inside ${...} operators.
unset u
show() { printf '%s:' "$#"; printf '[%s]' "$@"; echo; }
show ${u:-a b}
show "${u:-a b}"
show ${u:-"a b"}
show ${u:-"a b" c}
x='p q'
show ${u:-$x}
show "${u:-$x}"
show ${u:-"$x"}
# Pattern operators with a quoted variable pattern.
s='a.b.c'
dot=.
show "${s%"$dot"*}" "${s#*"$dot"}"
# Arithmetic and command substitution in the word.
show "${u:-$((2 * 3))}" "${u:-$(echo sub)}"
# Alternate value with quotes.
set -- one
show ${1:+"alt value"}

# $( ) in the places it can appear, with bodies that run without a fork.
name() { echo "N"; }
# In a here-document.
cat <<EOF
here: $(echo doc) `name` $(printf '%s+' a b)
EOF
# Inside a function, reading its parameters and locals, calling another.
outer() {
	local l=loc
	r=$(echo "$1 $l $(name)")
	echo "[$r] $#"
}
outer arg
# The body reads the caller's positional parameters and $#.
inner() { x=$(echo "$# $*"); echo "$x"; }
inner a b c
# A function whose output is captured calls one that captures in turn.
wrap() { echo "<$(name)>"; }
x=$(wrap)
echo "$x"
# In for words, case subjects and patterns, redirection targets.
for w in $(echo one two); do echo "for $w"; done
case $(echo abc) in $(echo a)*) echo case-match ;; *) echo no ;; esac
echo to-file >"$(echo f1)"
cat f1
# In an assignment prefix and in arguments of a function.
show() { echo "$V $1"; }
V=$(echo pre) show "$(echo arg)"
# Field splitting of the result (unquoted), none when quoted.
set -- $(printf 'a b\tc\n')
echo "$#"
set -- "$(printf 'a b\tc\n')"
echo "$#"
# Pathname expansion of an unquoted result.
touch g1 g2
echo $(echo 'g*')
echo "$(echo 'g*')"
# Return in a function whose body is a substitution's whole output.
status_of() { return "$1"; }
x=$(status_of 3); echo "$?"
# A loop whose body assigns from a substitution many times.
s=
for i in 1 2 3 4 5 6 7 8 9 10; do s=$s$(echo "$i"); done
echo "$s"

# cosh-only: dash takes every $(( for arithmetic (bash too for line 7); mksh agrees with this .out
# "$((" that does not close with "))" is a command substitution that starts
# with a subshell; quotes inside backquotes inside a here-document.
echo "1 $((echo a) )"
echo 2 $((echo b); echo c)
echo 3 $( (echo d) )
echo 4 $((echo e) | tr e E)
x=$((echo f)
)
echo "5 $x"
echo 6 $(( (1+2) * 2 ))
echo 7 $((case a in a) echo g;; esac))
cat <<EOF
8 $((echo h) )
9 `echo "q r"` `echo 's t'` `echo it\'s`
10 `echo \"dq\"` "`echo "x y"`"
11 `echo \`echo nested\``
EOF

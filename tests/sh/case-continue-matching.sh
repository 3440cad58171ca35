# cosh-only: ";;&" (bash, mksh) and ";|" (mksh, zsh) are not POSIX; dash
# has neither.  After such an arm the case goes on matching the following
# patterns, instead of ending (;;) or running the next body unmatched (;&).
case a in
a) echo A ;;&
*) echo star ;;&
b) echo no ;;&
*) echo star2 ;;
*) echo no ;;
esac
for w in ab ba; do
	case $w in
	a*) echo "$w: a*" ;;&
	*b) echo "$w: *b" ;&
	zz) echo "$w: after *b" ;;&
	*) echo "$w: *" ;|
	b*) echo "$w: b*" ;;
	esac
done
# The status is that of the last body run; none run leaves 0.
false
case x in y) echo no ;;& esac
echo "status $?"
case x in x) false ;;& y) echo no ;; esac
echo "status $?"
f() { case $1 in x) echo fx ;;& *) echo f-any ;; esac; }
f x

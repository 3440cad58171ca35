# cosh-only: dash has no unary "test -o OPTION"; bash, mksh and ksh have it
# (XCU test leaves the two-argument form unspecified) and agree on this.
# An interactive shell starts in emacs editing mode and says so.
test -o nounset; echo "nounset off: $?"
set -u
test -o nounset; echo "nounset on: $?"
[ -o nounset -a -o nounset ]; echo "twice: $?"
test -o no-such-option; echo "unknown: $?"
test -o emacs; echo "emacs non-interactive: $?"
set -o vi
test -o vi; echo "vi: $?"
test -o emacs; echo "emacs after vi: $?"
test x -o ''; echo "binary or: $?"
"$SH" -i -c 'test -o emacs; echo "emacs interactive: $?"' 2>/dev/null
"$SH" -i -o vi -c 'test -o emacs; echo "emacs with -o vi: $?"' 2>/dev/null

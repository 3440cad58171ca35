# cosh-only: dash has no "source" (bash, mksh and zsh have it; bash agrees
# with every line here).
# source is another name for ".": "--" is skipped, arguments become the
# positional parameters, no operand is a usage error (2); a file it cannot
# read fails (1) without ending the shell, as a regular builtin.
echo 'echo "sourced: $# $*"; v=set' > lib.sh
source -- ./lib.sh a b
echo "v=$v"
source 2>/dev/null; echo "none: $?"
source ./no-such-file 2>/dev/null; echo "missing: $?"
source() { echo "function source"; }
source ./lib.sh

# shift: by one, by N, errors.
set -- a b c d e
shift; echo "$# $*"
shift 2; echo "$# $*"
shift 0; echo "$# $*"
shift 2; echo "$# [$*]"
# Shifting more than $# fails (POSIX lets the shell exit or go on: see
# special-builtin-shift.sh for what cosh does).
"$SH" -c 'set -- a; shift 2' 2>/dev/null
echo "shift too far: status non-zero $([ $? -ne 0 ] && echo yes)"
# In a function, shift works on the function's arguments.
f() { shift; echo "f: $*"; }
set -- x y
f 1 2 3
echo "outer: $*"
# Loop over arguments.
set -- p q r
while [ $# -gt 0 ]; do echo "arg $1"; shift; done

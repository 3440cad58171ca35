# . (dot): runs a file in the current shell, with return and PATH search.
cat >lib.sh <<'END'
libvar=from-lib
libfunc() { echo "libfunc $1"; }
echo "sourcing, \$# = $#"
END
. ./lib.sh
echo "libvar=$libvar"
libfunc x
# return in a dot script stops it, with a status.
cat >ret.sh <<'END'
echo "before return"
return 3
echo never
END
. ./ret.sh
echo "status $?"
# The status is that of the last command.
echo 'false' >f.sh
. ./f.sh; echo "last false: $?"
: >empty.sh
false; . ./empty.sh; echo "empty file: $?"
# A name without / is searched in PATH.
mkdir lib
echo 'echo "found via PATH"' >lib/pathlib.sh
PATH=$PWD/lib:$PATH
. pathlib.sh
# Positional parameters are those of the caller.
set -- p1 p2
cat >args.sh <<'END'
echo "args: $*"
END
. ./args.sh
# Nested dot scripts.
echo '. ./args.sh; echo nested' >outer.sh
. ./outer.sh
# A missing file is an error that exits a non-interactive shell.
"$SH" -c '. ./does-not-exist; echo never' 2>/dev/null
echo "missing file: status non-zero $([ $? -ne 0 ] && echo yes)"

# Functions and variables share no namespace; functions see the caller's state.
name=var
name() { echo "function name"; }
name
echo "$name"
# A function can change the caller's variables, cwd and options.
mkdir sub
go() { cd sub; v=changed; set -f; }
v=orig
go
echo "v=$v cwd=${PWD##*/}"
case $- in *f*) echo "-f set by function" ;; esac
set +f
cd ..
# A function can define another function.
outer() { inner() { echo "inner defined by outer"; }; }
outer
inner
# A function can redefine itself.
once() { echo "first call"; once() { echo "later call"; }; }
once; once; once
# Function status via $? and conditions.
ok() { return 0; }
bad() { return 1; }
if ok && ! bad; then echo "function statuses in conditions"; fi
# Positional parameters of a function; $0 stays.
args() { echo "$#: $*"; }
args
args ""
args "a b" c

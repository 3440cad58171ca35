# readonly: cannot be assigned or unset; readonly -p is re-readable.
readonly r=fixed
echo "r=$r"
( r=changed ) 2>/dev/null
echo "assignment fails: status non-zero $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'readonly r=1; r=2; echo never' 2>/dev/null
echo "assignment exits the shell: status non-zero $([ $? -ne 0 ] && echo yes)"
( unset r ) 2>/dev/null
echo "unset fails: status non-zero $([ $? -ne 0 ] && echo yes)"
echo "r=$r"
v=before
readonly v
echo "v=$v"
readonly -p | grep -q "r=" && echo "readonly -p lists r"
readonly -p | grep -q '^readonly ' && echo "lines start with readonly"
# ${x=w} on a readonly variable that is set is fine.
echo "${r=other}"

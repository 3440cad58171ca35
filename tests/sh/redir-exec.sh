# exec with only redirections makes them permanent in the current shell.
exec 3>three
echo one >&3
echo two >&3
exec 3>&-
cat three
exec 4<three
read -r a <&4
read -r b <&4
echo "$a $b"
exec 4<&-
# Redirect stdout of the rest of a subshell.
( exec >sub; echo hidden; echo also ) 
echo "sub: $(cat sub | tr '\n' ' ')"
# exec >file then restore through a saved copy.
exec 5>&1
exec >redirected
echo into-file
exec 1>&5 5>&-
echo back-on-stdout
cat redirected
# exec without a command keeps the shell running and status 0.
exec; echo "exec alone: $?"
# exec 2>file sends later errors there.
( exec 2>errs; echo oops >&2 ); cat errs

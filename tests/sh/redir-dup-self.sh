# n>&n and n<&n leave fd n as it is, open or closed, as dash, bash, yash
# and busybox do; m>&n with n closed is still an error.
exec 3>&-
: 3>&3
echo "special builtin goes on: $?"
echo out 3>&3
echo "echo: $?"
exec 4>f
echo kept 4>&4 >&4
cat f
true 5<&5 && echo "5<&5: $?"
{ echo x >&7; } 2>/dev/null || echo "closed fd 7: error"

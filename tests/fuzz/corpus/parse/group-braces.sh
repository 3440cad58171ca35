# { } groups run in the current shell.
v=outer
{ v=inner; echo "in: $v"; }
echo "out: $v"
{ echo one; echo two; } >f
cat f
# The redirection applies only to the group.
{ echo a; } >g; echo b
cat g
{ false; }; echo "status $?"
{ echo multi
  echo line
}
# A group with a newline-terminated last command needs no ;.
{ echo x
}
# exit in a group exits the shell (tested in a child shell).
"$SH" -c '{ echo in-group; exit 3; }; echo never'; echo "status $?"

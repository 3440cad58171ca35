# cosh-only: the wording of the message
# "command not found" goes to stderr as "cosh: ...: WHAT", naming the command.
err=$(nonexistent_cmd_xyz 2>&1 >/dev/null)
echo "status $?"
case $err in
cosh:*nonexistent_cmd_xyz*) echo "message names the command" ;;
*) echo "bad message: $err" ;;
esac
out=$(nonexistent_cmd_xyz 2>/dev/null)
echo "stdout is empty: [$out]"

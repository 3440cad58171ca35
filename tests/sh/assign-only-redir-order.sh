# A command with assignments and redirections but no command word performs
# the redirections first (XCU 2.9.1): a failed one leaves the variable
# unset, and a command substitution in the value reads the redirected
# input.  set -x still traces to the shell's own standard error.
{ abc=def > /nonexistent/dir/file; } 2>/dev/null
echo "abc=[$abc]"
echo filedata > f.txt
a=$(cat) < f.txt
echo "a=[$a]"
b=$(echo out) > g.txt
echo "b=[$b] g.txt size=$(wc -c < g.txt | tr -d ' ')"
"$SH" -c 'set -x; x=1 2>/dev/null' 2>&1

# cosh-only: dash empties REPLY (bash agrees with every line: REF_SH=bash)
# read without a name sets REPLY to the whole line, IFS white space kept
# (as bash and busybox sh); backslashes are still removed without -r.
echo '  a b  ' | { read; echo "[$REPLY]"; }
echo '  a b  ' | { read v; echo "[$v]"; }
printf '  a \\\n b  \n' | { read; echo "[$REPLY]"; }
printf ' x\\y \n' | { read -r; echo "[$REPLY]"; }

# ${x?w} and ${x:?w}: error when unset (or empty); a non-interactive shell exits.
v=set
echo "${v?not shown}"
"$SH" -c 'unset u; echo "${u?custom message}"; echo never' 2>/dev/null
echo "unset: status non-zero: $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'e=; echo "[${e?m}]"; echo "empty ok with ?"' 2>/dev/null
"$SH" -c 'e=; echo "${e:?m}"; echo never' 2>/dev/null
echo "empty with :? fails: $([ $? -ne 0 ] && echo yes)"
# The message goes to stderr and stdout gets nothing.
out=$("$SH" -c 'echo "${u?the message}"' 2>/dev/null)
echo "stdout: [$out]"
err=$("$SH" -c 'echo "${u?the message}"' 2>&1 >/dev/null)
case $err in *"the message"*) echo "stderr has the message" ;; esac

# type: status only (the wording differs between shells).
f() { :; }
type echo >/dev/null; echo "builtin: $?"
type f >/dev/null; echo "function: $?"
type sh >/dev/null; echo "external: $?"
type if >/dev/null; echo "reserved word: $?"
type nonexistent_cmd_xyz >/dev/null 2>&1; echo "missing: status non-zero $([ $? -ne 0 ] && echo yes)"
# Output names the command.
case $(type sh) in *sh*) echo "mentions sh" ;; esac

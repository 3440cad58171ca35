# command: bypasses functions, -v reports how a name resolves, -p uses a default PATH.
ls() { echo "function ls"; }
ls
command ls -d . 
command -v ls
unset -f ls
case $(command -v ls) in /*/ls) echo "ls: absolute path" ;; *) echo "ls: $(command -v ls)" ;; esac
command -v echo
command -v cd
f() { :; }
command -v f
command -v nonexistent_cmd_xyz
echo "not found: status non-zero $([ $? -ne 0 ] && echo yes)"
command -v if
# command on a special builtin removes its special properties: an error no longer exits.
"$SH" -c 'command shift 5 2>/dev/null; echo "still running"'
# command -p finds standard utilities even with an empty PATH.
(PATH=; command -p sh -c 'echo "command -p ran"')
# Status is that of the command.
command false; echo "command false: $?"

# trap: KILL and STOP (by name or number) are accepted silently, as in dash,
# bash and mksh; a numeric condition works; an unknown condition is an
# error and the shell goes on; an action with no condition is an error; an
# invalid option ends the shell (special builtin usage error) after its
# EXIT trap. (bash
# goes on there unless --posix; mksh accepts an action alone.)
trap 'echo hi' 9; echo "9: $?"
trap 'echo hi' KILL; echo "KILL: $?"
trap 'echo hi' STOP; echo "STOP: $?"
trap - KILL STOP; echo "reset: $?"
trap 'echo got-usr1' 10
kill -USR1 $$
trap 'echo hi' NOSUCH 2>/dev/null; echo "unknown fails: $([ $? -ne 0 ] && echo yes)"
trap 'echo hi' 2>/dev/null; echo "no condition fails: $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'trap "echo trap-exit" EXIT; trap -1 EXIT; echo not-reached' 2>/dev/null
echo "invalid option status nonzero: $([ $? -ne 0 ] && echo yes)"

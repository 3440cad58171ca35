# XCU 2.12 Shell Execution Environment: subshells get a copy of the
# environment (files, cwd, umask, traps reset, functions, variables); changes
# do not come back; utilities get exported variables only.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.12-subshell-var-copy "$(v=1; (echo $v))"
t 2.12-subshell-var-not-back "$(v=1; (v=2); echo $v)"
t 2.12-subshell-function-copy "$(f() { echo fc; }; (f))"
t 2.12-subshell-function-not-back "$( (g() { :; }); g 2>/dev/null; echo $?)"
t 2.12-subshell-cwd-not-back "$(mkdir -p e1; d=$PWD; (cd e1); [ "$PWD" = "$d" ] && echo same)"
t 2.12-subshell-umask-not-back "$(umask 022; (umask 077); umask)"
t 2.12-subshell-umask-copy "$(umask 027; (umask))"
t 2.12-subshell-fd-copy "$(exec 3>fdc; (echo in >&3); cat fdc)"
t 2.12-subshell-exec-redirect-not-back "$( (exec >/dev/null); echo visible)"
t 2.12-subshell-set-option-not-back "$( (set -f); case $- in *f*) echo f;; *) echo nof;; esac)"
t 2.12-subshell-option-copy "$(set -f; (echo n*))"
t 2.12-subshell-ignored-trap-kept "$(trap '' USR1; (kill -USR1 $(sh -c 'echo $PPID'); echo ignored))"
t 2.12-pipeline-element-subshell "$(v=1; echo | v=2; echo $v)"
t 2.12-cmdsub-subshell "$(v=1; : $(v=2); echo $v)"
t 2.12-async-subshell "$(v=1; v=2 & wait; echo $v)"
t 2.12-utility-gets-exported "$(export ex=1; nx=2; sh -c 'echo "[$ex][$nx]"')"
t 2.12-utility-cwd "$(mkdir -p e2; cd e2; sh -c 'basename "$(pwd)"')"
t 2.12-utility-umask "$(umask 077; sh -c umask)"
t 2.12-utility-open-files "$(exec 4>of; sh -c 'echo child >&4'; cat of)"
t 2.12-export-later-changes "$(export xl=1; xl=2; sh -c 'echo $xl')"
t 2.12-unset-removes-from-env "$(export xu=1; unset xu; sh -c 'echo "[$xu]"')"
t 2.12-subshell-positional-copy "$(set -- a b; (echo $#$1))"
t 2.12-subshell-alias-copy "$(alias al='echo aliased'
(eval al))"
t 2.12-subshell-exit-own "$( (exit 3); echo $?)"

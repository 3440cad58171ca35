# sh -c with $0 and arguments, sh -s, and scripts with arguments.
"$SH" -c 'echo "$0 $1 $#"' name a b
"$SH" -c 'echo "[$0]" "$#"' only-name
"$SH" -c 'echo "$@"' name x "y z"
"$SH" -c 'for a; do echo "<$a>"; done' name "one two" "" three
"$SH" -s a b <<'END'
echo "-s: $# [$1] [$2]"
END
"$SH" <<'END'
echo "stdin script, no args: $#"
END
printf 'echo "from pipe $1"\n' | "$SH" -s piped
cat >script.sh <<'END'
echo "script args: $# [$1] [$2]"
echo "\$0: $0"
END
"$SH" script.sh "first arg" second
"$SH" ./script.sh
# A script as an executable with #!.
printf '#!%s\necho "exec'"'"'d: $0 $*"\n' "$SH" >exe.sh
chmod +x exe.sh
./exe.sh p q
# A script without #! is run by the shell.
printf 'echo "no shebang: $1"\n' >noshebang
chmod +x noshebang
./noshebang arg
# The status of sh -c and of a script is that of the last command.
"$SH" -c 'false'; echo "status $?"
printf 'true\nexit 3\n' >st.sh
"$SH" st.sh; echo "script status $?"
# A missing script file is an error (POSIX says 127; dash says 2).
"$SH" no-such-script.sh 2>/dev/null; echo "missing script: status non-zero $([ $? -ne 0 ] && echo yes)"
# Options before -c.
"$SH" -e -c 'false; echo never'; echo "-e -c: $?"
"$SH" -f -c 'echo *'

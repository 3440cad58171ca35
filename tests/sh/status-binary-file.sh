# An executable file that execve rejects (ENOEXEC) is run as a script
# when it is text, but a file with a NUL byte in its first line is not
# text: XCU 2.9.1.4 lets the shell refuse it with status 126 rather than
# read garbage as commands.
printf '\177ELF\0\0\1garbage\n' > bin
chmod +x bin
./bin 2>/dev/null; echo "binary: $?"
"$SH" -c 'exec ./bin' 2>/dev/null; echo "exec binary: $?"
printf 'echo "script ran with $# args"\n' > script
chmod +x script
./script a b; echo "script: $?"

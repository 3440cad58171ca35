# cosh-only: the form of the place is cosh's own (dash "F: 2:", bash "F: line 2:")
# Runtime errors name the script and the line (cosh: FILE: line N: ...), as
# syntax errors do; -c names "-c", standard input "stdin", a dot file itself.
printf 'echo one\nnosuchcmd_x\n\ncd /nonexistent/dir\n' > s.sh
printf 'echo in dot\n\nnosuchcmd_y\n' > d.sh
"$SH" s.sh 2>&1
"$SH" -c 'true
nosuchcmd_z' 2>&1
echo 'nosuchcmd_w' | "$SH" 2>&1
"$SH" -c '. ./d.sh; nosuchcmd_v' 2>&1
"$SH" -c 'f() {
  nosuchcmd_u
}
f' 2>&1
# An interactive shell names no place, as bash does (cosh -i -c too).
"$SH" -i -c 'nosuchcmd_i' 2>&1 | grep nosuchcmd

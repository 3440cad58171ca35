# Tilde expansion in the word of ${x=word}, ${x:=word} and the trim
# operators (XCU 2.6.2: the word undergoes tilde expansion), not inside
# "...", and in an assignment after each ':' of the word of ${x-word} too,
# as in dash, bash and mksh (bash --posix leaves those after ':').
HOME=/home/me
unset x; echo ${x:=~} $x
unset x; echo ${x=~/a} $x
unset x; echo "${x=~/a}" $x
y=/home/me/foo
echo [${y#~}] [${y#~/}] [${y%~/foo}] [${y##~}] [${y%%~/foo}]
echo "[${y#~}]" "[${y#"~"}]"
unset u
echo ${u:-~} ${u-~/b} ${u-"~"} "${u-~}" ${u:-a:~}
z=1; echo ${z:+~}
x=~:${undef-~:~}; echo "[$x]"
k=${u:-a:~/k}; echo "[$k]"
p=~/bin:~/x:'~'/y; echo "[$p]"

# Tilde expansion uses HOME; only unquoted, at the start of a word or after : in assignments.
HOME=/home/tester
echo ~
echo ~/dir
echo "~" '~' \~
echo a~b
v=~/x
echo "$v"
p=~/bin:~/sbin
echo "$p"
echo "~/quoted"
# In ${x-word}.
unset u
echo ${u-~/default}
# ~ in the middle of a command word is literal.
echo x=~/nope
# The result is not split even when HOME has spaces.
HOME='/a b'
set -- ~
echo "$#:$1"
# ~user for root, whose home is in /etc/passwd.
r=~root
[ "$r" = "$(awk -F: '$1 == "root" { print $6 }' /etc/passwd)" ] && echo "~root ok"
# An unknown user stays literal.
echo ~no_such_user_xyz

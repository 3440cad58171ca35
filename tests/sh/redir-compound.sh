# Redirections on compound commands and function definitions.
if true; then echo in-if; fi >if.out
cat if.out
case x in x) echo in-case ;; esac >case.out
cat case.out
(echo in-sub) >sub.out
cat sub.out
for i in 1 2; do echo "for $i"; done >for.out
cat for.out
printf '3\n4\n' >nums
while read -r n; do echo "got $n"; done <nums
sum=0
while read -r n; do sum=$((sum + n)); done <nums
echo "sum in current shell: $sum"
# A redirection in a function definition applies at each call.
logto() { echo "log: $1"; } >>log.txt
logto one
logto two
cat log.txt
inf() { read -r l; echo "inf read $l"; } <nums
inf
inf
# Both input and output on one compound command.
{ read -r a; echo "first was $a"; } <nums >both.out
cat both.out

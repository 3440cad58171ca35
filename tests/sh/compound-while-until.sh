# while and until loops.
i=0
while [ "$i" -lt 3 ]; do
  echo "while $i"
  i=$((i + 1))
done
until [ "$i" -eq 0 ]; do
  echo "until $i"
  i=$((i - 1))
done
# A loop that never runs has status 0.
false
while false; do :; done
echo "never ran: $?"
# Otherwise the status of the last body command.
n=0
while [ $n -lt 1 ]; do n=1; (exit 3); done
echo "last body status: $?"
# The condition may be a list.
j=0
while j=$((j+1)); [ $j -le 2 ]; do echo "j=$j"; done
# Reading lines with while read.
printf 'a\nb\nc\n' >lines
while read -r line; do echo "line $line"; done <lines
# Loop output redirected as a whole.
k=0
while [ $k -lt 2 ]; do echo "k$k"; k=$((k+1)); done >loopout
cat loopout

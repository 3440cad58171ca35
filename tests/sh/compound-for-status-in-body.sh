# The first command of a for loop's body sees the $? of the command
# before the loop (the loop sets no status of its own before its body
# runs); a loop over no item has status 0.
false
for i in 1; do
	echo "in body: $?"
done
false
for i in; do
	echo not reached
done
echo "no item: $?"
for i in 1 2; do
	false
done
echo "last body: $?"
false
for i in 1; do
	:
done
echo "after: $?"

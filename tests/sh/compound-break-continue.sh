# break and continue, with and without a count.
for i in 1 2 3 4 5; do
  [ $i = 2 ] && continue
  [ $i = 4 ] && break
  echo "i=$i"
done
echo "---"
for i in a b c; do
  for j in 1 2 3; do
    [ $j = 2 ] && continue 2
    echo "$i$j"
  done
  echo never
done
echo "---"
for i in a b c; do
  for j in 1 2 3; do
    [ $i$j = b2 ] && break 2
    echo "$i$j"
  done
done
echo "---"
# A count larger than the nesting exits all loops.
for i in 1 2; do
  for j in 1 2; do
    echo "$i$j"
    break 5
  done
done
echo "---"
i=0
while :; do
  i=$((i + 1))
  [ $i -gt 5 ] && break
  [ $((i % 2)) = 0 ] && continue
  echo "odd $i"
done
until false; do echo "until body"; break; done
# break in a loop inside a function body.
f() { for x in 1 2 3; do echo "f $x"; [ $x = 2 ] && break; done; echo "f done"; }
f
# break status is 0.
for i in 1; do false; break; done; echo "status $?"

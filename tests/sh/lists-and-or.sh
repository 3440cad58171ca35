# && || lists: short circuit, left associativity, status.
true && echo "and runs"
false && echo "never"
false || echo "or runs"
true || echo "never"
false && echo no || echo "false && x || y -> y"
true || echo no && echo "true || x && y -> y"
false || false || echo third
true && true && echo "all true"
false; echo "status after false: $?"
false && true; echo "false && true: $?"
true && false; echo "true && false: $?"
false || true; echo "false || true: $?"
true || false; echo "true || false: $?"
# A newline may follow && or ||.
true &&
  echo "newline after &&"
false ||
  echo "newline after ||"
# ; separates commands; status is that of the last.
false; true; echo "after ; $?"
echo a; echo b ; echo c

# cosh-only: dash reports a missing "))" here; bash and mksh agree with cosh.
# A $(( that is really $( ( whose text holds quoted, unbalanced parentheses
# does not change how a later $(( or (( on the same line reads.
x=$((echo "((") ); y=$((1 + 2)); echo "$y [$x]"
( (echo "((") ); ((z = 4)); echo "z=$z"

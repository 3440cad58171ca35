# Arithmetic assignments: = += -= *= /= %= <<= >>= &= ^= |= and their values.
i=0
echo $((i = 5)) "$i"
echo $((i += 3)) "$i"
echo $((i -= 1)) "$i"
echo $((i *= 2)) "$i"
echo $((i /= 3)) "$i"
echo $((i %= 3)) "$i"
echo $((i <<= 4)) "$i"
echo $((i >>= 2)) "$i"
echo $((i |= 3)) "$i"
echo $((i &= 6)) "$i"
echo $((i ^= 15)) "$i"
# Assignment to an unset variable creates it.
unset n
: $((n = 42))
echo "n=$n"
# Chained.
echo $((a = b = 7)) "$a $b"
# Loop counter idiom.
c=0
while [ $c -lt 5 ]; do : $((c += 1)); done
echo "c=$c"
# The ternary with assignments in both branches only evaluates one.
p=0 q=0
: $((1 ? (p = 1) : (q = 1)))
echo "p=$p q=$q"
# && and || short-circuit side effects.
s=0
: $((0 && (s = 1)))
: $((1 || (s = 2)))
echo "s=$s"
# Variable holding an expression-like number.
v=010
echo $((v + 0))

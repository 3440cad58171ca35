# $(( )) arithmetic: operators, precedence, bases, variables.
echo $((1 + 2)) $((7 - 10)) $((6 * 7)) $((17 / 5)) $((17 % 5)) $((-17 / 5)) $((-17 % 5))
echo $((2 + 3 * 4)) $(((2 + 3) * 4)) $((10 - 4 - 3)) $((100 / 10 / 5))
echo $((1 << 4)) $((256 >> 2)) $((5 & 3)) $((5 | 3)) $((5 ^ 3)) $((~0)) $((~5))
echo $((3 < 5)) $((5 < 3)) $((3 <= 3)) $((4 >= 5)) $((2 == 2)) $((2 != 2))
echo $((!0)) $((!7)) $((-(-3))) $((+4))
echo $((1 && 0)) $((1 && 2)) $((0 || 0)) $((0 || 5))
echo $((1 ? 10 : 20)) $((0 ? 10 : 20)) $((0 ? 1 : 0 ? 2 : 3))
echo $((0x10)) $((0xff)) $((0XA)) $((010)) $((077)) $((0))
echo $((1 + 2 == 3 && 4 > 3)) $((1 | 2 ^ 3 & 4))
# Variables, with and without $; an unset variable counts as 0.
x=5 y=3
echo $((x * y)) $(($x + $y)) $((x - y))
unset u
echo $((u + 1))
n=0x1f
echo $((n + 1))
# Nested and in strings.
echo "$(( $((2 * 3)) + 1 ))" "total: $((x + 1))"
# Large values (at least 32-bit signed long).
echo $((2147483647)) $((65536 * 32768 - 1))
# Whitespace and newlines inside.
echo $((
  1 +
  2
))
# Parentheses depth.
echo $(( ((((1 + 1)))) * ((2)) ))

# cosh-only: dash and mksh reject '"' in $(( )) (bash agrees with this test)
# XCU 2.6.4: the expression of $(( )) undergoes quote removal, so double
# quotes in it group text and vanish before evaluation.
x=2
echo $(( "1" + 2 ))
echo $(( "1 + $x" * 3 ))
echo $(( "x" + 1 ))
echo "$(( "3" ))"
echo $(( "$(echo 4)" ))
echo $(( "(" 1 + 1 ")" * 2 ))

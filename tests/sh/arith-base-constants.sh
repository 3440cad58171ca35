# cosh-only: dash has no BASE#digits constants; bash agrees with this output, and mksh but for 1#1 (a character code there).
# Arithmetic constants BASE#digits, BASE from 2 to 36 here (digits 0-9 then
# letters of either case), in expressions and in variable values; a digit
# out of range or a bad base is an error.
echo $((2#101)) $((8#17)) $((16#ff + 1)) $((36#zZ)) $((10#0123))
b=16; echo $(( $b#a ))
v=2#11; echo $((v * 2))
"$SH" -c 'echo $((2#12))' 2>/dev/null; echo "status nonzero: $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'echo $((1#1))' 2>/dev/null; echo "status nonzero: $([ $? -ne 0 ] && echo yes)"

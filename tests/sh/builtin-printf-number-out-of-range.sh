# A number out of range is diagnosed, the conversion prints the nearest
# value, output goes on and the status is 1 (as dash).
printf '%d|%d\n' 99999999999999999999 5 2>/dev/null; echo "st=$?"
printf '%d|' 1x 2 2>/dev/null; echo "st=$?"
printf '%d|%d|%d|%d|%d\n' 0x10 010 -5 ' 7' "'A"; echo "st=$?"

# cosh-only: dash's read has no -n or -d (bash agrees with this test)
# read -n and -d from a regular file: the offset ends right after the
# bytes used, though read takes a block at a time.
printf 'line one\nline two\\\ncontinued\n  three  \nno newline' > f
{ read a; read -n 3 b; c=$(cat); echo "a=$a b=$b"; echo "c=$c"; } < f
{ read -n 1 x; head -c 4; echo; read y; echo "x=$x y=$y"; } < f
{ read -d w p; read q; echo "p=$p q=$q"; } < f
{ read -N 5 p; read -r -n 4 q; read -r r; echo "p=$p q=$q r=$r"; } < f

# read: field splitting, -r, backslash continuation, last variable gets the rest.
read a b c <<END
one two three four five
END
echo "a=$a b=$b c=$c"
read a b <<END
  leading and trailing spaces   
END
echo "a=[$a] b=[$b]"
read a b c <<END
only
END
echo "a=[$a] b=[$b] c=[$c]"
read line <<END
  whole line  here  
END
echo "[$line]"
# Backslash: without -r it escapes and joins lines; with -r it is literal.
read v <<'END'
back\slash and \
continued
END
echo "[$v]"
read -r v <<'END'
back\slash and \
END
echo "[$v]"
# IFS controls splitting.
IFS=: read x y z <<END
a:b c:d:e
END
echo "x=[$x] y=[$y] z=[$z]"
IFS=, read p q <<END
1,2,3
END
echo "p=[$p] q=[$q]"
# IFS set only for read.
nl='
'
[ "$IFS" = " 	$nl" ] && echo "IFS unchanged after IFS=: read"
# Empty IFS: the whole line, untrimmed.
IFS= read -r raw <<END
  keep  spaces  
END
echo "[$raw]"
# Reading at end of file: status non-zero, variables cleared.
v=old
read v </dev/null
echo "eof: status non-zero $([ $? -ne 0 ] && echo yes), v=[$v]"
# A last line without a newline is read but status is non-zero.
printf 'partial' | { read v; echo "status non-zero $([ $? -ne 0 ] && echo yes), v=[$v]"; }
# read in a loop.
printf '1 a\n2 b\n' | while read -r n l; do echo "$n -> $l"; done

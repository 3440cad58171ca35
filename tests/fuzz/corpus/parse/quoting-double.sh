# Double quotes: $ ` \ keep their meaning; backslash only before $ ` " \ newline.
v=val
echo "v=$v ${v} $(echo cs) `echo bq` $((1+1))"
# (printf, not echo: some echos interpret backslashes.)
printf '%s\n' "\$v \`x\` \" \\ \a \n"
echo "it's"
echo "multi
line"
echo "joined\
line"
echo "*" "?" "[a]" "~"
echo "  spaces  kept  "
echo "a"b"c"
echo "" | wc -c | tr -d ' '
set -- "" ""
echo "$#"
echo "#" "'"

# A read loop on one descriptor while the body reads another.
printf 'a\nb\nc\n' >letters
printf '1\n2\n3\n' >numbers
while read -r l <&3; do
  read -r n
  echo "$l$n"
done 3<letters <numbers
# Nested read loops on separate files.
while read -r outer; do
  while read -r inner; do
    printf '%s%s ' "$outer" "$inner"
  done <numbers
  echo
done <letters
# The loop's redirection does not leak: stdin is /dev/null again here.
read -r x || echo "stdin at end again"

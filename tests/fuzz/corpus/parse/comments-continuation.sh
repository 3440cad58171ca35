# Comments and line continuation.
echo one # a comment
echo two#not-a-comment
echo '#' "#" \#
# a full-line comment with 'quotes" and $(stuff)
echo three   #   with spaces
v=x#y
echo "$v"
echo ${v#x}
echo $# # $# is a parameter
  # indented comment
if true; then # comment after then
  echo four # comment
fi # comment after fi
case a in # comment after in
  a) echo five ;; # comment after ;;
esac
# Continuation lines.
echo six \
  seven \
  eight
long=\
value
echo "$long"
echo "$(echo in \
  subst)"

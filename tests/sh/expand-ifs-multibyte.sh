# cosh-only: dash and mksh split at bytes (bash agrees with this test)
# In a UTF-8 locale the characters of IFS are characters, not bytes
# (XCU 2.6.5): a multibyte IFS character splits only where it occurs
# whole, and "$*" is joined with all of the first one.
LC_ALL=C.UTF-8
x=çx IFS=ç
printf '<%s>' $x; echo
y=aébéc IFS=é
printf '[%s]' $y; echo
z=' aç bçç c ' IFS=' ç'
printf '[%s]' $z; echo
set -- a b c
IFS=é
echo "$*"
IFS=çé
v=çxéçx
printf "[%s]" $v; echo

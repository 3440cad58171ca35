# Descriptors opened with exec are inherited by children; high descriptors work.
exec 9>nine
echo "to nine" >&9
sh -c 'echo "child writes to 9" >&9'
exec 9>&-
cat nine
exec 3<nine
sh -c 'read -r l <&3; echo "child read: $l"'
exec 3<&-
# A descriptor opened for one command is closed afterwards.
sh -c 'echo "temp 5" >&5' 5>five
( echo x >&5 ) 2>/dev/null || echo "5 closed again"
cat five
# Redirections are processed left to right.
echo order >a 2>&1 >b
echo "a:[$(cat a)] b:[$(cat b)]"
# Appending via a duplicated descriptor.
exec 4>>app
echo one >&4
echo two >&4
exec 4>&-
cat app

# Without options echo decodes the XSI escapes (as dash and mksh): \a \b
# \c \f \n \r \t \v \\ and \0num, num up to three octal digits, the value
# taken modulo 256.  \c ends all output, the newline included.
echo 'a\tb\\c\nd' | od -An -c
echo '\a\b\f\r\v' | od -An -c
echo '\0101\0\01x\0400\0777' | od -An -c
echo one 'two\cthree' four; echo '|'
# \x and \u are bash's, for echo -e only (mksh decodes them here too).
echo 'no \x41 \u0041 here'

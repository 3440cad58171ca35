# Backslash quoting outside quotes.
# say: echo without the backslash interpretation some echos do.
say() { printf '%s\n' "$*"; }
say \$HOME \`x\` \" \' \\ \* \? \[ \] \; \& \| \< \> \( \) \#
echo a\ b\ \ c
echo \a\b\c
echo line\
continued
echo \
  leading-continuation
say \\\\
say \\n \\t
# A backslash before a newline is removed even inside a word.
ec\
ho joined-command-name
x=ab\
cd
echo "$x"

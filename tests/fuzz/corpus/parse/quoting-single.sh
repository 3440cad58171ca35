# Single quotes preserve everything literally.
echo 'hello   world'
# (printf, not echo: some echos interpret backslashes.)
printf '%s\n' '$HOME $(echo x) `echo y` \ \\ " *'
echo 'multi
line'
echo 'a'"b"'c'
echo '' x ''
echo ''''
echo '#not a comment'
echo it'"'s

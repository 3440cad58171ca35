# cosh-only: dash takes -n alone; bash agrees with every line (REF_SH=bash)
# echo takes -n, -e and -E, alone or together (-neE), as bash, mksh and
# zsh do; an argument with any other letter is text, and so are "-" and
# "--".  -E turns the escapes off, -e turns them on with \e \x \u \U.
echo -n 'no newline'; echo '|'
echo -e 'a\tb'
echo -E 'a\tb|\c'
echo -nE 'x\ny'; echo '|'
echo -En -e 'p\tq\c' 'not shown'; echo '|'
echo -ez 'a'
echo - -- -x
echo -e '\x41\x4a\x6' '\x' '\xg' | od -An -c
echo -e '\u00e9|\U0001F600|\u6' | od -An -tx1
echo -e '\e[0m' | od -An -c

# Scripts that are empty, only comments or only blank lines succeed.
: >empty.sh
"$SH" empty.sh; echo "empty: $?"
printf '# only\n# comments\n' >comments.sh
"$SH" comments.sh; echo "comments: $?"
printf '\n\n   \n\t\n' >blank.sh
"$SH" blank.sh; echo "blank: $?"
"$SH" -c ''; echo "empty -c: $?"
# Even after a failed command earlier on the command line of sh, $? starts at 0.
false
"$SH" -c 'echo "initial \$? = $?"'
# A script whose last line has no newline.
printf 'echo no newline at end' >nonl.sh
"$SH" nonl.sh
# Windows line endings are not special: \r stays part of the word.
printf 'v=x\r\necho "${#v}"\n' >crlf.sh
"$SH" crlf.sh

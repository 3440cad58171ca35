# cosh-only: dash lacks \x, \u, \U and \e; bash agrees (REF_SH=bash)
# printf decodes \xHH, \uHHHH, \UHHHHHHHH (as UTF-8) and \e in its format
# and in %b, as bash and mksh; with no hex digit they stay as they are.
printf '\x41\x4a\x6|\x|\xg\n' | od -An -c
printf '\u00e9|\U0001F600|\u6|\e\n' | od -An -tx1
printf '%b|%b|%b\n' '\x7e' '\u03bc' '\1\01\0101' | od -An -tx1
printf '%s\n' '\x7e'

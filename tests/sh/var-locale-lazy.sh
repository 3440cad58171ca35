# cosh-only: dash counts bytes in every locale; bash agrees with this output.
# The locale is put in force when a character first needs decoding, not
# when the variables change: the environment's LANG still counts from the
# start, and the last of several changes with nothing decoded between them
# is the one that holds.
env -u LC_ALL -u LC_CTYPE LANG=C.UTF-8 "$SH" -c 'v=_μ_; echo ${#v}'
env -u LC_ALL -u LC_CTYPE LANG=C.UTF-8 "$SH" -c \
	'case é in [[:alpha:]]) echo alpha;; *) echo not alpha;; esac'
env -u LC_ALL -u LC_CTYPE LANG=C.UTF-8 "$SH" -c 'x=μé; echo "${x#?}"'
v=_μ_
LC_ALL=C.UTF-8; LC_ALL=C; echo ${#v}
LC_ALL=C; LC_ALL=C.UTF-8; echo ${#v}
unset LC_ALL; LANG=C.UTF-8; LANG=; echo ${#v}
LANG=C.UTF-8; echo ${#v}

# %c of an empty or a missing argument writes a NUL byte (dash, bash and
# mksh agree).  %c takes the first byte of its argument.
printf '%c|%c|%c' abc '' | od -An -c
printf '%3c|%-3c|\n' x y

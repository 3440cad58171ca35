# cosh-only: dash leaves an interactive shell read from a pipe at the first
# error; bash and mksh agree with cosh: an error that ends a script (set -u,
# a readonly assignment, ${x?}) makes an interactive shell abandon the rest
# of the command line only, and read the next line.
printf '%s\n' 'set -u; echo $nope; echo same-line' 'echo next-line' \
	'readonly r=1; r=2; echo same-line' 'echo next-line2' \
	': ${z?msg}; echo same-line' 'echo next-line3' |
	"$SH" -i 2>/dev/null
echo

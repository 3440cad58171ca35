# cosh-only: --help and --version are cosh's (and bash's) own, not POSIX
# --version prints the name and version and exits 0; --help prints the
# usage on stdout and exits 0; another long option is a usage error (2).
"$SH" --version | sed 's/[0-9][0-9.]*$/N/'
echo "version: $?"
"$SH" --help | sed -n 1p | cut -c1-11
"$SH" --help >/dev/null
echo "help: $?"
"$SH" --no-such-option 2>/dev/null
echo "unknown: $?"
# Only as the first argument: later it is an operand.
"$SH" -c 'echo "\$0=$0"' --help

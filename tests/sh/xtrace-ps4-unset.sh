# cosh-only: dash writes "+ " when PS4 is unset; bash and mksh agree on no prefix.
# set -x with PS4 unset traces the command with no prefix.
"$SH" -c 'set -x; echo a; unset PS4; echo b' 2>&1

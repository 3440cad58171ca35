# cosh-only: dash, bash (for a small one) and yash make a here-document a pipe; mksh, ksh93 and zsh a file, as cosh
# A here-document is a file in memory, at offset 0: a reader that reads
# ahead and seeks back (GNU head -n, read) leaves the rest to the next
# one, as with a regular file.
{ read a; head -n 1; read b; echo "a=$a b=$b"; } <<'EOF'
first
second
third
EOF
{ head -n 1 >/dev/null; cat; } <<EOF
one
two
EOF

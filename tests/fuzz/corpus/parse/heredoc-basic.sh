# Here-documents: unquoted expands, quoted does not.
name=world
cat <<EOF2
hello $name
sum $((1 + 2))
cmd $(echo sub)
escaped \$name and \`x\` and \\
keeps 'single' and "double" quotes
backslash-newline joins \
this line
EOF2
cat <<'EOF2'
literal $name $(echo no) \$ \
no joining
EOF2
cat <<"EOF2"
double-quoted delimiter: $name
EOF2
cat <<E\OF2
backslash in delimiter: $name
EOF2
# Empty here-document.
cat <<EOF2
EOF2
echo "after empty"
# The delimiter must be the whole line.
cat <<EOF2
 EOF2
EOF2x
EOF2

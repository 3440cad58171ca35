# Here-documents in eval, dot scripts, functions defined there, and nested quoting.
eval 'cat <<END
in eval: $((2 + 2))
END'
cat >lib.sh <<'OUTER'
show() {
	cat <<-END
	in function from dot: $1
	END
}
cat <<'END'
at dot time: $not_expanded
END
OUTER
. ./lib.sh
show arg
# Here-doc delimiter that looks like other syntax.
cat <<'}'
brace delimiter
}
cat <<'if'
reserved word delimiter
if
# A here-doc body line with quotes inside an unquoted here-doc keeps them.
x=v
cat <<END
"$x" '$x' \$x
END
# Here-doc with a command substitution containing a here-doc.
cat <<END
outer $(cat <<INNER
inner
INNER
) done
END

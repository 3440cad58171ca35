# <<- strips leading tabs from the body and the delimiter line.
cat <<-END
	tab-indented
		two tabs
	  tab then spaces
no indent
	END
if true; then
	cat <<-'END'
		inside if, quoted: $HOME
	END
fi
# Spaces are not stripped.
cat <<-END
  two spaces
END

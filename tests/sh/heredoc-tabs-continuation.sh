# <<- strips the tabs that begin a line of the body, not those after a
# backslash-newline: the continued text is not a new line of the body.
cat <<-EOF
	one \
	two
	three
	EOF
# A tab-indented delimiter after a continuation is text, not the end.
cat <<-EOF
	four \
	EOF
	five
	EOF
# Quoted: no continuation, every line is stripped.
cat <<-'EOF'
	six \
	seven
	EOF

# cosh-only: dash lists . and .. for .*; bash 5.2 and mksh agree with this output.
# A pattern never matches the directory entries . and ..: .* gives the
# hidden files only; a literal . or .. component still works.
mkdir d && touch .hid a d/.in
echo .*
echo .?
echo ./.*
echo d/.*
echo d/../a*

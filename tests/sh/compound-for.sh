# for loops: with a word list, with "$@" by default, and edge cases.
for w in one two three; do echo "$w"; done
for w in; do echo never; done
echo "empty list done"
set -- "a b" "" c
for arg; do echo "[$arg]"; done
echo "---"
for arg
do
  echo "<$arg>"
done
echo "---"
for arg in "$@"; do echo "($arg)"; done
echo "---"
# Unquoted expansions are split and globbed.
list="x y  z"
for w in $list; do echo "$w"; done
mkdir d && touch d/f1 d/f2 d/f3
for f in d/*; do echo "file $f"; done
# The variable keeps the last value after the loop.
for last in 1 2 3; do :; done
echo "last=$last"
# Reserved words are only recognised in their place.
for w in do done for in; do echo "$w"; done
# An empty loop has status 0.
false
for w in; do :; done
echo "status $?"
# A for loop on one line with newlines between words is not allowed, but ; is.
for w in p q; do echo $w; done; echo end

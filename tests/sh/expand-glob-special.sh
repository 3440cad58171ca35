# Pathname expansion: directories only with */, several levels, odd file names,
# C-locale sorting.
mkdir g && cd g || exit 1
mkdir d1 d2 d2/inner
touch -- f Upper lower _under 'with space' -dash d1/x d2/x d2/inner/y
echo */
echo */x
echo */*/y
echo *
for f in *space*; do echo "[$f]"; done
# A file named like an option still comes out as one word.
for f in -*; do echo "[$f]"; done
# Dot files need an explicit leading dot (.d* avoids the question of . and ..).
touch .dot1 .dot2
echo .d*
# Bracket expression with a range and a class.
echo [[:upper:]]*
echo [a-f]*
# A pattern with no match in a subdirectory stays literal.
echo d1/*.none
# Globbing in a for loop header and in arguments of a function.
count() { echo "$#"; }
count d*
count 'd*'

# An exit or return status beyond the range of an int is an error, not
# its low bits: 4294967296 must not come out as a successful 0.
"$SH" -c 'exit 4294967296' 2>/dev/null
echo "exit 2^32: $([ $? -ne 0 ] && echo non-zero)"
"$SH" -c 'exit 2147483648' 2>/dev/null
echo "exit 2^31: $([ $? -ne 0 ] && echo non-zero)"
"$SH" -c 'f() { return 4294967296; }; f' 2>/dev/null
echo "return 2^32: $([ $? -ne 0 ] && echo non-zero)"
# In range: the low eight bits.
"$SH" -c 'exit 2147483647'
echo "exit 2^31-1: $?"
"$SH" -c 'f() { return 256; }; f'
echo "return 256: $?"

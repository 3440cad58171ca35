# cosh-only: bash and mksh agree in a UTF-8 locale; dash gives the first byte
# 'c gives the code point of a UTF-8 character (cosh knows no other
# multibyte encoding); a malformed or overlong sequence gives its first byte.
printf '%x %u\n' "'μ" "'三"
printf '%x\n' "'$(printf '\316\316')" "'$(printf '\301\201')" "'$(printf '\340\201\201')"
printf '%x\n' "'$(printf '\364\221\204\221')"

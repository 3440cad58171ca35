# cosh-only: dash has no ${x/pattern/string}; bash and mksh agree with this output.
# ${x/pat/str} replaces the first longest match, ${x//pat/str} every one,
# ${x/#pat/str} and ${x/%pat/str} a match at the start or the end; no
# string deletes.  The pattern's quotes quote; the string's quotes quote
# and it gets tilde expansion even inside "..."; characters are whole
# characters of the locale.
x=abcabc
printf '[%s]' "${x/b/X}" "${x//b/X}" "${x/#a/X}" "${x/%c/X}" "${x/#b/X}" "${x/%b/X}"
echo
printf '[%s]' ${x/b} "${x//[ac]/}" "${x/b*/Y}" "${x//?/.}" "${x/*/all}"
echo
printf '[%s]' "${x/#/pre-}" "${x/%/-suf}" "${x//}" "${x/''/Q}"
echo
printf '[%s]' "${x/"b"/'q'}" ${x/b/'q'} "${x//a/\/}" "${x/\*/s}"
echo
p='*'; printf '[%s]' "${x/$p/s}" "${x/"$p"/s}"
echo
HOME=/home/me; y=/home/me/a; printf "[%s]" ${y//~/\~} ${y/~/\~}
echo
u=; printf '[%s]' "${u/a/b}" "${unset_v//x/y}"
echo
z='a b c'; printf '[%s]' ${z// /_} ${z//b/"1 2"}
echo
LC_ALL=C.UTF-8
v=μaμ; printf '[%s]' "${v//?/.}" "${v/a/μ}"
echo

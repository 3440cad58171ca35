# cosh-only: dash has no ${x:offset:length}; bash agrees with this output (mksh has no ${@:o:l}).
# ${x:offset} and ${x:offset:length}: arithmetic offset and length, a
# negative offset counts from the end (out of range: empty), a negative
# length is an end counted from the end; on $@ and $* the slice counts
# $0 as the first.  Characters are those of the locale.
x=abcdef
printf '[%s]' "${x:2}" "${x:2:3}" "${x: -2}" "${x:(-2):1}" "${x:10}" "${x:0:0}"
echo
printf '[%s]' "${x:1+1:1*2}" "${x: -10}" "${x:2:-1}" "${x::2}" ${x:1} "${u:1}"
echo
n=3; printf '[%s]' "${x:$n}" "${x:n:1}"
echo
set -- a 'b c' d e
printf '[%s]' "${@:2}" "${@:2:2}" "${*:2:2}" "${@: -1}" ${@:2:1}
echo
IFS=-; printf '[%s]' "${*:2}"; echo; IFS=' '
LC_ALL=C.UTF-8
v=μaμb; printf '[%s]' "${v:1:2}" "${v: -1}"
echo
"$SH" -c 'x=abc; echo "${x:2:-2}"; echo never' 2>/dev/null
echo "end before start: an error: $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'x=ab; echo "${x:}"; echo never' 2>/dev/null
echo "no offset: an error: $([ $? -ne 0 ] && echo yes)"

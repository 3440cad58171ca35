# cosh-only: dash trims the joined parameters ("${@#a}" of ab ac gives [b][ac]); bash --posix agrees with cosh
# ${@#pattern} and its kin trim each positional parameter and keep them as
# separate fields, as "$@" does; "${*#p}" joins the trimmed parameters with
# the first character of IFS.  No parameters: "${@#p}" makes no field.
set -- ab ac
printf '[%s]' "${@#a}"; echo
printf '[%s]' "${@%c}"; echo
printf '[%s]' "${@##*b}"; echo
printf '[%s]' "${@%%a*}"; echo
printf '[%s]' "${*#a}"; echo
printf '[%s]' ${@#a}; echo
set -- 'x y' z
printf '[%s]' "${@#x}"; echo
printf '[%s]' ${@#x}; echo
IFS=:
set -- ab ac
printf '[%s]' "${*#a}"; echo
unset IFS
set --
printf '[%s]' x "${@#a}" y; echo

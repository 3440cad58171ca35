# set -u: expanding an unset variable is an error; exceptions for $@ $* and ${x-...}.
"$SH" -c 'set -u; echo "$unset_var"; echo never' 2>/dev/null
echo "unset var: status non-zero $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'set -u; echo "[${unset_var-default}]"'
"$SH" -c 'set -u; echo "[${unset_var:-default}]"'
"$SH" -c 'set -u; echo "[${unset_var+alt}]"'
"$SH" -c 'set -u; e=; echo "empty is fine: [$e]"'
"$SH" -c 'set -u; echo "no params: [$@] [$*] $#"'
"$SH" -c 'set -u; echo "$1"; echo never' 2>/dev/null
echo "unset \$1: status non-zero $([ $? -ne 0 ] && echo yes)"
"$SH" -c 'set -u; set +u; echo "off: [$unset_var]"'

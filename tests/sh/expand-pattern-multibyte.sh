# cosh-only: dash counts bytes (no multibyte support); bash --posix agrees with this .out
# The locale's character set comes from the environment: in a UTF-8 locale
# '?' in a glob, a case pattern and the trim operators take one character,
# and ${#x} counts characters; in the C locale they take bytes.
touch _x_ _μ_
LC_ALL=C.UTF-8 "$SH" -c '
echo _?_
x=aμb
echo "${#x}" "${x%??}" "${x#??}" "${x%?b}" "${x#a?}"
case μ in ?) echo one-char ;; *) echo other ;; esac
case μ in [!a]) echo negated-bracket ;; esac'
LC_ALL=C "$SH" -c '
echo _?_
x=aμb
echo "${#x}"
case μ in ?) echo one-char ;; *) echo other ;; esac'

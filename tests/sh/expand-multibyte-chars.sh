# cosh-only: dash counts bytes in every locale; bash agrees with this output.
# In a UTF-8 locale (LC_ALL, LC_CTYPE or LANG, set in the environment or
# in the script) ${#x} counts characters, and ? [...] and the trim
# operators take whole characters; in the C locale bytes again.
LC_ALL=C.UTF-8
v=_μ_; echo ${#v}
x=μabcμ
echo "${x#?}" "${x%?}" "${x#μ}" "${x##*μ}" "${x%%μ*}" "${x%[μ]}"
case μ in ?) echo one;; *) echo many;; esac
case é in [[:alpha:]]) echo alpha;; *) echo not alpha;; esac
case é in [a-z]) echo a-z;; [à-ÿ]) echo range;; *) echo none;; esac
touch é ab; echo ? ??
LC_ALL=C
echo ${#v} ?? "${x%?}" | od -An -c
unset LC_ALL; LANG=C.UTF-8; echo ${#v}

# Compound commands and functions inside pipelines.
f() { while read -r l; do echo "f: $l"; done; }
printf '1\n2\n' | f
for i in 1 2 3; do echo "$i"; done | sort -r
{ echo a; echo b; } | wc -l | tr -d ' '
if true; then echo yes; fi | cat
printf 'x y\n' | { read -r a b; echo "$b $a"; }
(echo sub; echo shell) | tail -n 1
case x in x) echo in-case ;; esac | tr a-z A-Z
# stderr is not piped unless redirected.
{ echo out; echo err >&2; } 2>/dev/null | cat
{ echo out; echo err >&2; } 2>&1 | sort

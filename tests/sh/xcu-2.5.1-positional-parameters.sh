# XCU 2.5.1 Positional Parameters: $1..$9 and ${10} and up, set by the
# shell's arguments, a function's arguments, set and shift.
t() { printf '%s: %s\n' "$1" "$2"; }
set -- a b c d e f g h i j k
t 2.5.1-first "$1"
t 2.5.1-ninth "$9"
t 2.5.1-tenth-braces "${10}"
t 2.5.1-tenth-no-braces "$10"
t 2.5.1-eleventh "${11}"
t 2.5.1-beyond-unset "[${12}]"
t 2.5.1-beyond-default "${12-def}"
t 2.5.1-count "$#"
f() { printf '%s,%s,%s' "$#" "$1" "$2"; }
t 2.5.1-function-args "$(f x y)"
t 2.5.1-function-restores "$(f x y >/dev/null; printf '%s' "$1$#")"
t 2.5.1-set-replaces "$(set -- p q; printf '%s' "$1$2$#")"
t 2.5.1-set-empty "$(set --; printf '%s' "$#")"
t 2.5.1-shift "$(shift; printf '%s' "$1$#")"
t 2.5.1-sh-c-args "$("$SH" -c 'printf "%s|%s|%s" "$0" "$1" "$#"' zero one two)"
t 2.5.1-empty-arg-counts "$(set -- '' ''; printf '%s' "$#")"
t 2.5.1-not-assignable "$("$SH" -c '1=x' 2>/dev/null; [ $? -ne 0 ] && echo error)"
t 2.5.1-set-in-function-local "$(g() { set -- z; }; g; printf '%s' "$1")"
t 2.5.1-dot-keeps "$(printf 'printf %%s "$1"' >dotf; . ./dotf)"
t 2.5.1-spaces-kept "$(set -- 'a b'; printf '[%s]' "$1")"

# XCU 2.6.5 Field Splitting: results of unquoted expansions are split on IFS;
# IFS white space is trimmed and runs of it separate once; other IFS
# characters each delimit a field (with adjacent IFS white space).
t() { printf '%s: %s\n' "$1" "$2"; }
f() { printf '[%s]' "$@"; }
x='  a  b	c
d  '
t 2.6.5-default-ifs "$(f $x)"
t 2.6.5-quoted-not-split "$(f "$x" | wc -c | tr -d ' ')"
t 2.6.5-colon "$(IFS=:; v='a:b::c'; f $v)"
t 2.6.5-colon-leading "$(IFS=:; v=':a'; f $v)"
t 2.6.5-colon-trailing "$(IFS=:; v='a:'; f $v)"
t 2.6.5-colon-trailing-two "$(IFS=:; v='a::'; f $v)"
t 2.6.5-mixed-ws-nonws "$(IFS=' :'; v=' a : b :: c '; f $v)"
t 2.6.5-ifs-empty "$(IFS=; v='a b:c'; f $v)"
t 2.6.5-ifs-unset "$(unset IFS; v=' a	b '; f $v)"
t 2.6.5-only-ws-ifs-empty-result "$(v='   '; f x $v y)"
t 2.6.5-empty-unquoted-removed "$(e=; f x $e y)"
t 2.6.5-empty-quoted-kept "$(e=; f x "$e" y)"
t 2.6.5-literal-not-split "$(IFS=o; f foo)"
t 2.6.5-cmdsub-split "$(IFS=,; f $(echo 1,2,3))"
t 2.6.5-arith-split "$(IFS=1; f $((212)))"
t 2.6.5-adjacent-literal-joins "$(v='a b'; f x${v}y)"
t 2.6.5-partly-quoted "$(v='a b'; f "q"$v)"
t 2.6.5-nonws-tab-newline "$(IFS=,; v='a, b'; f $v)"
t 2.6.5-ws-only-custom "$(IFS=' '; v='a	b c'; f $v)"
t 2.6.5-assignment-not-split "$(v='a b'; w=$v; f "$w")"
t 2.6.5-case-word-not-split "$(v='a b'; case $v in 'a b') echo whole;; esac)"
t 2.6.5-for-list-split "$(v='a b c'; for i in $v; do printf '<%s>' $i; done)"
t 2.6.5-ifs-change-later "$(v='a:b'; IFS=:; set -- $v; echo $#)"
t 2.6.5-star-unquoted-ifs "$(set -- 'a:b' c; IFS=:; f $*)"
t 2.6.5-at-unquoted-ifs "$(set -- 'a b' c; f $@)"
t 2.6.5-default-word-split "$(unset u; f ${u-'a b' c})"
t 2.6.5-nonws-ifs-empty-field-middle "$(IFS=,; v='a,,b'; f $v)"
t 2.6.5-leading-ws-custom-nonws "$(IFS=' ,'; v='  ,a'; f $v)"
t 2.6.5-backslash-not-escape "$(v='a\ b'; f $v)"
t 2.6.5-redirect-target-not-split "$(v='r f'; echo x >$v; cat 'r f')"
t 2.6.5-ifs-nonws-trailing-empty "$(IFS=,; v='a,,'; f $v)"
t 2.6.5-ws-around-nonws-one-delimiter "$(IFS=' ,'; v='a , b'; f $v)"

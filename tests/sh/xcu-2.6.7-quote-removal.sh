# XCU 2.6.7 Quote Removal: the quote characters \ ' " that were present in the
# original word (and not themselves quoted) are removed; quotes that come
# from expansions stay.
t() { printf '%s: %s\n' "$1" "$2"; }
f() { printf '[%s]' "$@"; }
t 2.6.7-backslash-removed "$(f \a)"
t 2.6.7-single-removed "$(f 'a')"
t 2.6.7-double-removed "$(f "a")"
t 2.6.7-empty-quotes-empty-field "$(f '' "")"
t 2.6.7-from-variable-kept "$(v="'q'"; f $v)"
t 2.6.7-backslash-from-variable-kept "$(v='a\b'; f $v)"
t 2.6.7-dquote-from-cmdsub-kept "$(f $(printf '%s' '"x"'))"
t 2.6.7-quoted-quote "$(f "'" '"')"
t 2.6.7-escaped-backslash "$(f \\)"
t 2.6.7-in-assignment "$(v='a'"b"\c; f "$v")"
t 2.6.7-in-case-pattern "$(case ab in 'a'"b") echo m;; esac)"
t 2.6.7-in-redirect "$(echo r >'q'"f"; cat qf)"
t 2.6.7-in-default-word "$(unset u; f ${u-'x'"y"})"
t 2.6.7-in-heredoc-delimiter "$(cat <<'E'
$no
E
)"
t 2.6.7-in-for-list "$(for i in 'a' "b"; do printf %s $i; done)"
t 2.6.7-nested-cmdsub "$(f "$(echo '"in"')")"
t 2.6.7-pattern-removal-quotes "$(v=abc; f ${v#"a"})"

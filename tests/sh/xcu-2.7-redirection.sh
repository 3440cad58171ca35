# XCU 2.7 Redirection: 2.7.1 input, 2.7.2 output (noclobber, >|), 2.7.3
# appending, 2.7.4 here-documents, 2.7.5 duplicating input, 2.7.6
# duplicating output, 2.7.7 open for reading and writing; order of
# evaluation and the optional io-number.
t() { printf '%s: %s\n' "$1" "$2"; }
printf 'line1\nline2\n' >in
t 2.7-io-number-default-out "$(echo o 1>f1; cat f1)"
t 2.7-left-to-right "$(echo lr 2>&1 >/dev/null)"
t 2.7-order-matters "$( { echo e >&2; } 2>&1 >/dev/null)"
t 2.7-redirect-before-command "$(>f2 echo pre; cat f2)"
t 2.7-redirect-mid-args "$(echo a >f3 b; cat f3)"
t 2.7-target-expanded "$(n=f4; echo ex >$n; cat f4)"
t 2.7-target-not-split "$(n='a b'; echo ns >$n; cat 'a b')"
t 2.7.1-input "$(read l <in; echo $l)"
t 2.7.1-input-fd "$(read l 3<in <&3; echo $l)"
t 2.7.1-missing-file-fails "$(cat <nofile 2>/dev/null; [ $? -ne 0 ] && echo failed)"
t 2.7.1-missing-file-no-run "$(echo ran <nofile 2>/dev/null; [ $? -ne 0 ] && echo failed)"
t 2.7.2-create "$(echo c >f5; cat f5)"
t 2.7.2-truncate "$(echo long >f6; echo s >f6; cat f6)"
t 2.7.2-noclobber-refuses "$(set -C; echo a >f7; echo b >f7 2>/dev/null; [ $? -ne 0 ] && echo "failed $(cat f7)")"
t 2.7.2-noclobber-clobber-op "$(set -C; echo a >f8; echo b >|f8; cat f8)"
t 2.7.2-noclobber-devnull-ok "$(set -C; echo x >/dev/null; echo $?)"
t 2.7.2-noclobber-new-file "$(set -C; echo n >f9; cat f9)"
t 2.7.2-fd-other "$(echo to3 3>f10 >&3; cat f10)"
t 2.7.3-append "$(echo a >f11; echo b >>f11; tr '\n' , <f11)"
t 2.7.3-append-creates "$(echo c >>f12; cat f12)"
t 2.7.3-append-noclobber "$(set -C; echo a >f13; echo b >>f13; tr '\n' , <f13)"
t 2.7.4-heredoc "$(cat <<EOF
hello
EOF
)"
t 2.7.4-heredoc-expansion "$(v=val; cat <<EOF
[\$v=$v] $(echo cs) $((1+1))
EOF
)"
t 2.7.4-heredoc-quoted-delim "$(v=val; cat <<'EOF'
$v $(echo no) \t
EOF
)"
t 2.7.4-heredoc-partly-quoted-delim "$(cat <<E"O"F
$HOME
EOF
)"
t 2.7.4-heredoc-backslash-newline "$(cat <<EOF
a\
b
EOF
)"
t 2.7.4-heredoc-backslash-other-kept "$(cat <<EOF
a\b\"c
EOF
)"
t 2.7.4-heredoc-dquote-literal "$(cat <<EOF
"q" 'q'
EOF
)"
t 2.7.4-heredoc-tab-strip "$(cat <<-EOF
		tabbed
	EOF
)"
t 2.7.4-heredoc-two "$({ cat <<A; cat <<B
one
A
two
B
} | tr '\n' ,)"
t 2.7.4-heredoc-fd "$(cat 3<<EOF <&3
fd3
EOF
)"
t 2.7.4-heredoc-empty "[$(cat <<EOF
EOF
)]"
t 2.7.4-heredoc-no-field-split "$(v='a   b'; cat <<EOF
$v
EOF
)"
t 2.7.4-heredoc-no-glob "$(: >g1; cat <<EOF
g*
EOF
)"
t 2.7.4-heredoc-in-function "$(f() { cat <<EOF
$1
EOF
}; f arg)"
t 2.7.4-heredoc-delim-with-trailing-text "$(cat <<EOF
EOF x
EOF
)"
t 2.7.5-dup-input "$(exec 3<in; read l <&3; echo $l)"
t 2.7.5-close-input "$(cat <&- 2>/dev/null; echo done)"
t 2.7.5-shared-offset "$(exec 3<in; read a <&3; read b <&3; echo $a,$b)"
t 2.7.6-dup-output "$(echo d 3>&1 >&3)"
t 2.7.6-stderr-to-stdout "$(sh -c 'echo err >&2' 2>&1)"
t 2.7.6-close-output "$( (echo x >&3) 3>&- 2>/dev/null; [ $? -ne 0 ] && echo failed)"
t 2.7.6-bad-fd-fails "$( (echo x >&7) 2>/dev/null; [ $? -ne 0 ] && echo failed)"
t 2.7.6-dup-from-variable "$(n=1; echo v >&$n)"
t 2.7.7-rw-creates "$(: <>f14; [ -f f14 ] && echo created)"
t 2.7.7-rw-no-truncate "$(echo keep >f15; : <>f15; cat f15)"
t 2.7.7-rw-fd "$(echo abc >f16; exec 3<>f16; read l <&3; echo $l)"
t 2.7-fd-restored-after-command "$(echo one >/dev/null; echo two)"
t 2.7-compound-redirect "$({ echo a; echo b; } >f18; tr '\n' , <f18)"
t 2.7-loop-redirect "$(for i in 1 2; do echo $i; done >f19; tr '\n' , <f19)"
t 2.7-function-redirect-at-call "$(f() { echo fr; }; f >f20; cat f20)"
t 2.7-function-redirect-in-definition "$(f() { echo fd; } >f21; f; cat f21)"
t 2.7-exec-persistent "$( (exec >f22; echo pers); cat f22)"
t 2.7.4-heredoc-cmdsub-quote "$(cat <<E
$(echo "a)b")
E
)"
t 2.7.4-two-heredocs-one-line "$(cat <<A <<B
a
A
b
B
)"
t 2.7.4-heredoc-dq-backslash "$(cat <<E
"\x" \\ \$
E
)"
t 2.7-exec-fd-inherited-by-utility "$(exec 5>f5; sh -c 'echo to5 >&5' 2>/dev/null; cat f5)"
t 2.7-noclobber-append-ok "$(set -C; echo a >>na; echo b >>na; tr '\n' , <na)"

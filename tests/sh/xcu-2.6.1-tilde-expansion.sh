# XCU 2.6.1 Tilde Expansion: an unquoted ~ prefix (up to the first unquoted
# slash) is replaced by HOME or by a user's home directory; in assignments
# after = and after each unquoted colon.
t() { printf '%s: %s\n' "$1" "$2"; }
HOME=/home/xcu
t 2.6.1-alone "$(echo ~)"
t 2.6.1-with-slash "$(echo ~/a/b)"
t 2.6.1-quoted "$(echo '~' "~")"
t 2.6.1-escaped "$(echo \~)"
t 2.6.1-not-word-start "$(echo a~)"
t 2.6.1-after-colon-in-arg "$(echo a:~)"
t 2.6.1-assignment "$(x=~; echo $x)"
t 2.6.1-assignment-after-colon "$(x=/a:~/b:~; echo $x)"
t 2.6.1-root-user "$(echo ~root | sed 's,^/.*,absolute,')"
t 2.6.1-unknown-user "$(echo ~nosuchuser_xcu)"
t 2.6.1-quoted-prefix-char "$(echo ~'root')"
t 2.6.1-no-field-split "$(HOME='/a b'; set -- ~; echo $#)"
t 2.6.1-no-pathname-expansion "$(mkdir -p hx; : >hx/f; HOME='hx/*'; echo ~)"
t 2.6.1-home-empty "$(HOME=; printf '[%s]' ~)"
t 2.6.1-in-default-word "$(unset u; echo ${u-~})"
t 2.6.1-in-double-quotes-default "$(unset u; echo "${u-~}")"
t 2.6.1-home-trailing-slash "$(HOME=/h/; echo ~/x)"
t 2.6.1-tilde-slash-only "$(echo ~/)"
t 2.6.1-in-for-list "$(for w in ~; do echo $w; done)"
t 2.6.1-in-case-word "$(case ~ in /home/xcu) echo home;; esac)"
t 2.6.1-in-redirect "$(HOME=$PWD; echo r >~/tr; cat tr)"
t 2.6.1-export-assignment "$(export XT=~; echo $XT)"

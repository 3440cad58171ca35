# XCU 2.9.3 Lists: sequential (;), asynchronous (&), AND (&&) and OR (||)
# lists with equal precedence and left associativity.
t() { printf '%s: %s\n' "$1" "$2"; }
t 2.9.3-sequential "$({ echo a; echo b; } | tr -d '\n')"
t 2.9.3-sequential-status "$(true; false; echo $?)"
t 2.9.3-and-runs "$(true && echo ran)"
t 2.9.3-and-skips "$(false && echo ran; echo $?)"
t 2.9.3-or-runs "$(false || echo ran)"
t 2.9.3-or-skips "$(true || echo ran; echo $?)"
t 2.9.3-left-assoc "$(false && echo a || echo b)"
t 2.9.3-left-assoc-2 "$(true || echo a && echo b)"
t 2.9.3-status-of-last-run "$(false || false; echo $?)"
t 2.9.3-and-status "$(true && false; echo $?)"
t 2.9.3-newline-after-and "$(true &&
echo nl)"
t 2.9.3-newline-after-or "$(false ||
echo nl)"
t 2.9.3-async-runs "$(echo bg >af & wait; cat af)"
t 2.9.3-async-status-zero "$(false & echo $?)"
t 2.9.3-async-wait-status "$( (exit 6) & wait $!; echo $?)"
t 2.9.3-async-vars-not-kept "$(v=1; v=2 & wait; echo $v)"
t 2.9.3-async-and-or-list "$(false || echo alt >ao & wait; cat ao)"
t 2.9.3-semicolon-terminates "$(echo a;)"
t 2.9.3-async-then-sequential "$(echo x >bb & echo fg; wait)"
t 2.9.3-bang-in-and "$(! false && echo neg)"
t 2.9.3-wait-all "$( (echo 1 >w1) & (echo 2 >w2) & wait; cat w1 w2 | tr -d '\n')"

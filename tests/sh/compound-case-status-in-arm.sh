# $? inside the arm of a case is the status before the case (the case
# sets none until a body runs); no match or an empty arm gives 0.
false
case x in x) echo "in arm: $?";; esac
echo "after: $?"
false; case x in y) ;; esac; echo "no match: $?"
false; case x in x) ;; esac; echo "empty arm: $?"
(exit 3); case $? in 3) echo "subject: 3";; esac
f() { case x in x) return;; esac; }
(exit 5); f; echo "return in arm: $?"

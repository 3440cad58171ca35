# A quoted ':' cannot close a character class: [[:punct\:]] names no class
# (the '[' is an ordinary one), so it matches no file and stays as written;
# in case patterns too.  Real classes still work.
# (bash matches the class anyway; dash and mksh do not, and Oils counts
# bash's answer a bug.)
touch foo.- foo.a
echo *.[[:punct:]] *.[[:punct\:]] *.[[:punct":"]]
case : in [[:punct:]]) echo class;; *) echo no class;; esac
case p in [[:punct\:]]) echo matched;; *) echo no match;; esac
case x in [[:nope:]]) echo bad;; *) echo unknown class matches nothing;; esac

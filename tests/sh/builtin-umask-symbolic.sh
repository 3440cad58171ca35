# umask with symbolic operands: several clauses, "a=", a copy of another
# class taken from the mask before the operand ("a=,a=u"), s (set-id) that
# does not change the mask, -S output.
umask 022
umask u=rwx,g+w,o-x; umask
umask 077
umask a=; umask
umask 022
umask a=,a=u; umask
umask 0124
umask u=g,g=o; umask
umask 0124
umask a=s; umask
umask 0124
umask a-s; umask
umask 027
umask -S

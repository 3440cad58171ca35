# umask: octal get/set, symbolic output with -S, effect on new files.
# umask prints four octal digits, as dash and bash do.
umask 022
umask
umask 077
umask
umask -S
: >private
ls -l private | cut -c1-10
umask 022
: >public
ls -l public | cut -c1-10
mkdir pubdir
ls -ld pubdir | cut -c1-10
umask -S
umask u=rwx,g=rx,o=
umask
umask 0002
umask
# umask -S output can be fed back.
s=$(umask -S)
umask 077
umask "$s"
umask

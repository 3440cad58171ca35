# cosh-only: cd -e is new in POSIX 2024 (dash and bash lack it): with -P, a
# status of 1 when the new directory's name cannot be found, here because
# the directory was removed; without -e the status is 0.  PWD stays an
# absolute path.
top=$(pwd -P)
mkdir d
cd d
rmdir "$top/d"
cd -P -e . 2>/dev/null
echo "with -e [$?]"
cd -P . 2>/dev/null
echo "without -e [$?]"
case $PWD in /*) echo "PWD absolute" ;; *) echo "PWD [$PWD]" ;; esac

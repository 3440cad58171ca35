# cosh-only: dash ignores a second operand (bash and yash refuse it too)
# cd takes one operand: a second is an error and the directory stays.
cd /
cd /tmp /etc 2>/dev/null
echo "status $? in $PWD"
cd -- /tmp
echo "status $? in $PWD"
cd -P -- / 2>/dev/null
echo "status $? in $PWD"

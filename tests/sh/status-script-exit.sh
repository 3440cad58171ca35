# The script's exit status is what it passes to exit (checked by the .status file),
# and nothing after exit runs.
echo "about to exit"
f() { exit "$1"; }
f 3
echo never

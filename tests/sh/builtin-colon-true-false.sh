# : true false: statuses, arguments ignored, expansions still happen.
: ; echo ": $?"
: ignored args "$(echo x)" ; echo ": with args $?"
true extra args; echo "true $?"
false extra args; echo "false $?"
: >made
test -f made && echo ": with a redirection creates the file"
: ${v=set-by-colon}
echo "v=$v"
false; :; echo "after : $?"

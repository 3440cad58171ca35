# set -e: exit on failure, except in conditions, && || lists (not last), and after !.
"$SH" -c 'set -e; false; echo never'; echo "plain false: $?"
"$SH" -c 'set -e; if false; then :; fi; echo "if condition ok"'
"$SH" -c 'set -e; while false; do :; done; echo "while condition ok"'
"$SH" -c 'set -e; until true; do :; done; echo "until condition ok"'
"$SH" -c 'set -e; false && true; echo "&& left side ok"'
"$SH" -c 'set -e; false || true; echo "|| left side ok"'
"$SH" -c 'set -e; true && false; echo never'; echo "last of && fails: $?"
"$SH" -c 'set -e; ! true; echo "! ok"'
"$SH" -c 'set -e; false | true; echo "pipeline status is the last"'
"$SH" -c 'set -e; true | false; echo never'; echo "pipeline last false: $?"
"$SH" -c 'set -e; (false); echo never'; echo "subshell fails: $?"
"$SH" -c 'set -e; (false; echo never); echo never'; echo "inside subshell: $?"
"$SH" -c 'set -e; { false; echo never; }; echo never'; echo "group: $?"
"$SH" -c 'set -e; f() { false; echo never; }; f; echo never'; echo "function: $?"
"$SH" -c 'set -e; v=$(false); echo never'; echo "assignment of failing cmdsubst: $?"
"$SH" -c 'set -e; x=1; echo "assignment ok"'
"$SH" -c 'set -e; sh -c "exit 4"; echo never'; echo "external exit 4: $?"
"$SH" -c 'set -e; if (exit 3); then :; else echo "else after failed if"; fi'
"$SH" -c 'set -e; set +e; false; echo "set +e turns it off"'

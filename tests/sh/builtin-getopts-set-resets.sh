# getopts: "set --" with new operands starts the scan over (OPTIND=1), also
# in the middle of a group of letters; assigning OPTIND=1 does too; OPTARG
# holds the argument of an option that takes one; silent mode (leading ':')
# reports an unknown letter and a missing argument in OPTARG.
set -- -a
while getopts ab: opt; do echo "first [$opt]"; done
set -- -c -d -e E
while getopts cde: opt; do echo "second [$opt] [${OPTARG-}]"; done
echo "OPTIND=$OPTIND"
set --
while getopts cde: opt; do echo never; done
echo "OPTIND=$OPTIND"

set -- -xyz
getopts xyz opt; echo "group [$opt]"
set -- -pq
getopts pqxyz opt; echo "after set [$opt]"
OPTIND=1
getopts pqxyz opt; echo "after OPTIND=1 [$opt]"

OPTIND=1
set -- -k -m
while getopts :m: opt; do echo "silent [$opt] [${OPTARG-unset}]"; done

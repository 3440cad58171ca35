# getopts with an invalid variable name fails (status > 1) but still
# scans the option: OPTARG and OPTIND move on, as in dash and bash.
# (bash returns 1 here, which POSIX keeps for "no more options".)
set -- -c foo -h
getopts 'hc:' opt- 2>/dev/null
st=$?
echo "failed=$([ "$st" -gt 1 ] && echo yes) opt=[${opt-unset}] OPTARG=[$OPTARG] OPTIND=$OPTIND"

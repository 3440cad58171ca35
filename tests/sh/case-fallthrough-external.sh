# cosh-only: ;& is POSIX.1-2024 and dash lacks it (bash and mksh agree).
# An external command in an arm that falls through is not the last
# command of a subshell: the arms after it still run.
(case x in x) /bin/echo one ;& y) echo two ;; esac)
(case x in x) /bin/echo three ;& y) /bin/echo four ;; esac)
echo "$(case x in x) /bin/echo five ;& y) echo six ;; esac)"

# cd: exactly two leading slashes are kept in PWD (XCU cd: their meaning
# is implementation-defined, so the shell may not fold them), three or
# more become one, and ".." goes back to "//".
cd //; pwd; echo "$PWD"
cd ///; pwd
cd //tmp; pwd
cd ..; pwd
cd tmp; pwd
cd ///tmp//; pwd
cd /; pwd

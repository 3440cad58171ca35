# Inside a matched case arm, $? is still the status of the command
# before the case; the case's own status is 0 when no body runs.
false
case x in
x) echo "in arm: $?" ;;
esac
echo "after arm: $?"
false
case x in
y) echo no ;;
esac
echo "no match: $?"
false
case x in
x) ;;
esac
echo "empty arm: $?"
case x in
x) (exit 3) ;;
esac
echo "arm status: $?"

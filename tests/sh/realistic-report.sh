# A realistic script: an inventory and access-log report generator.
# It writes its own data into the test directory, then parses, aggregates and
# formats it with functions, case, here-documents, pipelines, loops,
# arithmetic, parameter operators, read loops, printf, command substitution
# and redirections.

set -u
umask 022

DATA_DIR=./data
REPORT=./report.txt
WARN_LOG=./warnings.log
LOW_STOCK=5

die() {
	printf 'report: %s\n' "$*" >&2
	exit 1
}

warn() {
	printf 'warning: %s\n' "$*" >>"$WARN_LOG"
}

# --- data --------------------------------------------------------------------

make_data() {
	mkdir -p "$DATA_DIR" || die "cannot create $DATA_DIR"
	cat >"$DATA_DIR/inventory.csv" <<'END'
# sku,name,category,qty,price_cents
A100,Widget,tools,12,250
A101,Gadget,tools,3,1299
B200,Sprocket,parts,40,75
B201,Flange,parts,0,410
C300,Manual,books,7,1999
C301,Atlas of Parts,books,2,4500
D400,Grease,supplies,25,350
bad line without commas
D401,Rags,supplies,-1,100
END
	cat >"$DATA_DIR/access.log" <<END
2024-03-01 10:00:01 alice GET /items/A100 200 512
2024-03-01 10:00:05 bob GET /items/B200 200 300
2024-03-01 10:01:00 alice POST /cart 201 128
2024-03-01 10:02:13 carol GET /items/Z999 404 0
2024-03-01 10:03:40 bob GET /items/C300 200 2048
2024-03-01 10:04:00 alice GET /items/A101 200 700
2024-03-01 10:05:59 dave DELETE /cart 403 0
2024-03-01 10:06:30 carol GET /items/A100 200 512
2024-03-01 10:07:45 bob POST /cart 500 64
2024-03-01 10:08:00 alice GET /checkout 200 1024
END
}

# --- helpers -----------------------------------------------------------------

# cents_to_money CENTS: prints 12.34 style amounts.
cents_to_money() {
	_c=$1
	_sign=
	case $_c in
	-*) _sign=-; _c=${_c#-} ;;
	esac
	printf '%s%d.%02d' "$_sign" $((_c / 100)) $((_c % 100))
}

# trim STRING: removes leading and trailing blanks.
trim() {
	_t=$1
	while :; do
		case $_t in
		' '*) _t=${_t# } ;;
		*' ') _t=${_t% } ;;
		*) break ;;
		esac
	done
	printf '%s' "$_t"
}

# repeat CHAR N
repeat() {
	_i=0 _out=
	while [ $_i -lt "$2" ]; do
		_out=$_out$1
		_i=$((_i + 1))
	done
	printf '%s' "$_out"
}

# classify QTY: prints a stock level word.
classify() {
	if [ "$1" -lt 0 ]; then
		echo invalid
	elif [ "$1" -eq 0 ]; then
		echo out
	elif [ "$1" -lt "$LOW_STOCK" ]; then
		echo low
	else
		echo ok
	fi
}

# --- inventory ---------------------------------------------------------------

inventory_report() {
	total_items=0 total_value=0 lines=0 skipped=0
	printf '%-5s %-15s %-9s %4s %9s  %s\n' SKU NAME CATEGORY QTY VALUE STATUS
	printf '%s\n' "$(repeat - 56)"
	while IFS=, read -r sku name category qty price; do
		lines=$((lines + 1))
		case $sku in
		'#'*|'') continue ;;
		esac
		if [ -z "${price:-}" ]; then
			warn "line $lines: malformed: $sku"
			skipped=$((skipped + 1))
			continue
		fi
		status=$(classify "$qty")
		if [ "$status" = invalid ]; then
			warn "line $lines: negative quantity for $sku"
			skipped=$((skipped + 1))
			continue
		fi
		value=$((qty * price))
		total_items=$((total_items + qty))
		total_value=$((total_value + value))
		printf '%-5s %-15.15s %-9s %4d %9s  %s\n' \
			"$sku" "$name" "$category" "$qty" "$(cents_to_money $value)" "$status"
		echo "$category $value" >>"$DATA_DIR/by_category"
	done <"$DATA_DIR/inventory.csv"
	printf '%s\n' "$(repeat - 56)"
	printf 'items: %d, value: %s, skipped: %d\n' \
		"$total_items" "$(cents_to_money $total_value)" "$skipped"
}

category_totals() {
	echo "Value by category:"
	sort "$DATA_DIR/by_category" | {
		cur= sum=0
		while read -r cat val; do
			if [ "$cat" != "$cur" ] && [ -n "$cur" ]; then
				printf '  %-9s %9s\n' "$cur" "$(cents_to_money $sum)"
				sum=0
			fi
			cur=$cat
			sum=$((sum + val))
		done
		[ -n "$cur" ] && printf '  %-9s %9s\n' "$cur" "$(cents_to_money $sum)"
	}
}

# --- access log --------------------------------------------------------------

log_report() {
	requests=0 errors=0 bytes=0
	set --
	while read -r day time user method path code size; do
		requests=$((requests + 1))
		bytes=$((bytes + size))
		case $code in
		2??) ;;
		4??|5??)
			errors=$((errors + 1))
			set -- "$@" "${time%:*} $user $method $path -> $code"
			;;
		esac
	done <"$DATA_DIR/access.log"
	echo "Requests: $requests, errors: $errors, bytes: $bytes"
	echo "Average size: $((bytes / requests)) bytes"
	echo "Error ratio: $((errors * 100 / requests))%"
	if [ $# -gt 0 ]; then
		echo "Errors:"
		for e in "$@"; do
			echo "  $e"
		done
	fi
}

top_users() {
	echo "Requests per user:"
	cut -d' ' -f3 "$DATA_DIR/access.log" | sort | uniq -c |
		sort -k1,1nr -k2 |
		while read -r n user; do
			printf '  %-6s %2d %s\n' "$user" "$n" "$(repeat '#' "$n")"
		done
}

items_viewed() {
	echo "Items viewed:"
	grep ' GET /items/' "$DATA_DIR/access.log" |
		sed 's|.*/items/\([A-Z0-9]*\) .*|\1|' | sort -u |
		while read -r sku; do
			name=$(grep "^$sku," "$DATA_DIR/inventory.csv" | cut -d, -f2)
			printf '  %s %s\n' "$sku" "${name:-(unknown)}"
		done
}

# --- main --------------------------------------------------------------------

main() {
	: >"$WARN_LOG"
	rm -f "$DATA_DIR/by_category"
	make_data
	title=$(trim "   Inventory report for ${1:-nobody}   ")
	{
		echo "$title"
		repeat = ${#title}
		echo
		echo
		inventory_report
		echo
		category_totals
		echo
		log_report
		echo
		top_users
		echo
		items_viewed
	} >"$REPORT"
	n_warn=$(wc -l <"$WARN_LOG")
	n_warn=$((n_warn + 0))
	cat "$REPORT"
	echo
	case $n_warn in
	0) echo "No warnings." ;;
	1) echo "1 warning:" ;;
	*) echo "$n_warn warnings:" ;;
	esac
	sed 's/^/  /' "$WARN_LOG"
	lines=$(wc -l <"$REPORT")
	echo "Report: $((lines + 0)) lines, $(wc -c <"$REPORT" | tr -d ' ') bytes"
}

main "the store"
echo "exit status of main: $?"

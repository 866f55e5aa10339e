#!/usr/bin/env bash
# late-count-probe.sh — where the start-up time on big databases goes (run ready-time.sh first).
#
# 1. For each cached database: the two queries the daemon runs before READY=1 (StatusSummary: the plan
#    count and the late-deadline count) and the one an idle scheduler pass runs (nextStateChange), timed
#    with the sqlite3 CLI (same system libsqlite3) on a warm page cache, with the number of pread64
#    calls each makes (strace -c; a fresh connection reads every page it needs once at least).
# 2. What-if, on a COPY of the largest database (the cached one is not touched): deadlines_open replaced
#    by the same partial index made covering for the count (due_on, statutory, done_on, closed_on), then
#    RUNS warm starts and 1 cold start of the same binary, timed to READY=1 as ready-time.sh does.
#
# Environment: EHC_REVIEWD (the binary ready-time.sh measured; default: the newest src-*/ build, else
# .build/release), RUNS (default 5).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
data=$here/.data
runs=${RUNS:-5}
today=$(TZ=Europe/London date +%F)
# The admin socket (READY=1 waits for it since 5ae253d) is given socket.group, which must exist and
# include this user: by default the caller's primary group (root when run as root).
socket_group=${SOCKET_GROUP:-$(id -gn)}
binary=${EHC_REVIEWD:-$(ls -t "$data"/src-*/.build/release/ehc-reviewd 2>/dev/null | head -1)}
binary=${binary:-$root/.build/release/ehc-reviewd}
key=$(cat "$binary" "$here/make-large-db.sh" | sha1sum | cut -c1-10)
late_sql="SELECT COUNT(*) FROM deadlines WHERE done_on IS NULL AND closed_on IS NULL AND due_on < '$today' AND statutory = 1"
# The idle scheduler pass: processTransitions reads the watermark and stops; nextStateChange asks this
# twice (from tomorrow for "late", from tomorrow + due_soon_days for "due soon").
next_sql="SELECT MIN(due_on) FROM deadlines WHERE done_on IS NULL AND closed_on IS NULL AND due_on >= '$today'"
echo "binary: $binary (database cache key $key)"

probe() {  # probe DB LABEL SQL: warm time (second of two runs) and pread64 calls of one query
  local db=$1 label=$2 sql=$3
  sqlite3 "$db" "$sql" >/dev/null
  local time calls plan
  time=$(printf '.timer on\n%s;\n' "$sql" | sqlite3 "$db" | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p')
  calls=$(strace -f -c -e trace=pread64 sqlite3 "$db" "$sql" 2>&1 >/dev/null | awk '$NF == "pread64" {print $4}')
  plan=$(sqlite3 "$db" "EXPLAIN QUERY PLAN $sql" | sed -n 's/^`--//p')
  printf '  %-12s %7.1f ms  %7s pread64  %s\n' "$label" "$(echo "$time * 1000" | bc)" "${calls:-0}" "$plan"
}

echo
echo "1. the start-up queries (warm):"
for db in "$data"/plans-*-"$key".sqlite; do
  n=$(basename "$db" | cut -d- -f2)
  echo "N=$n ($(du -h "$db" | cut -f1))"
  probe "$db" "plan count" "SELECT COUNT(*) FROM plans"
  probe "$db" "late count" "$late_sql"
  probe "$db" "next change" "$next_sql"
done

largest=$(ls -S "$data"/plans-*-"$key".sqlite | head -1)
if sqlite3 "$largest" "SELECT sql FROM sqlite_master WHERE name = 'deadlines_open'" | grep -q statutory; then
  echo
  echo "2. what-if skipped: deadlines_open in $(basename "$largest") already covers the count (migration v5)"
  exit 0
fi
copy=$data/what-if-covering.sqlite
echo
echo "2. what-if on a copy of $(basename "$largest"): deadlines_open made covering"
rm -f "$copy" "$copy-wal" "$copy-shm"
cp "$largest" "$copy"
sqlite3 "$copy" "DROP INDEX deadlines_open;
  CREATE INDEX deadlines_open ON deadlines(due_on, statutory, done_on, closed_on)
    WHERE done_on IS NULL AND closed_on IS NULL;"
probe "$copy" "late count" "$late_sql"
run_dir=$data/run-what-if
mkdir -p "$run_dir"
cat >"$run_dir/ehc-reviewd.yaml" <<EOF
database: $copy
time_zone: Europe/London
socket:
  path: $run_dir/admin.sock
  group: $socket_group
  admin_group: $socket_group
digest:
  at: "07:00"
  recipients: [sen-team@example.org]
mail:
  from: "EHC reviews <ehc-reviews@example.org>"
  transport: directory
  directory: $run_dir/mail
EOF
results=$run_dir/results.jsonl
: >"$results"
size=$(stat -c %s "$copy")
n=$(basename "$largest" | cut -d- -f2)
start() {
  sqlite3 "$copy" "UPDATE store_meta SET value = date('$today', '-1 day') WHERE key = 'transitions_through';
                   DELETE FROM deadline_transitions;"
  python3 "$here/notify_run.py" run --binary "$binary" --config "$run_dir/ehc-reviewd.yaml" \
    --meta "n=$n" --meta "kind=$1" --meta "file_bytes=$size" "${@:2}" >>"$results"
}
start cold --evict "$copy"
for _ in $(seq 1 "$runs"); do start warm; done
python3 "$here/notify_run.py" summary "$results"
jq -r '.lines[][1] | select(test("database open")) | sub(" path=[^ ]*"; "")' "$results" | sed 's/^/  /'
rm -f "$copy" "$copy-wal" "$copy-shm"

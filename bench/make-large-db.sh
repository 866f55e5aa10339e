#!/usr/bin/env bash
# make-large-db.sh [N] [OUT] — a database of N plans (default 640000) for the start-up benchmark.
#
# The schema is made by the real daemon: ehc-reviewd is started once on an empty database (so its own
# migrations run), stopped with SIGTERM once it logs "ready", and the rows are then bulk-inserted with
# the sqlite3 CLI in ONE transaction:
#   children       N, dates of birth spread over ages 4-19
#   plans          N, unique references EHC-0000001..., first_issued_on set
#   plan_events    N, final_issued version 1 on the first-issue date
#   deadlines      N, the annual_review deadline of each plan, key 'annual_review@<first issue>',
#                  due 12 months starting with the first issue (date(x, '+12 months', '-1 day')),
#                  statutory, open; about 15 % already late, the rest due over the next 12 months.
# Only the annual review is materialised (no phase-transfer or under-five rows): enough for the
# start-up path, which only counts plans and late deadlines and reads deadlines_open by due date.
#
# store_meta gets the rules fingerprint the daemon itself wrote on the empty database (checked against
# DeadlineCalculator.fingerprint's default), so it does not re-materialise every plan on start, and
# transitions_through = yesterday, so the first scheduler pass does exactly one day of work.
#
# Environment: EHC_REVIEWD (binary, default .build/release/ehc-reviewd), TODAY (YYYY-MM-DD, default the
# date in Europe/London).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:-640000}
out=${2:-$here/.data/plans-$n.sqlite}
binary=${EHC_REVIEWD:-$root/.build/release/ehc-reviewd}
today=${TODAY:-$(TZ=Europe/London date +%F)}
socket_group=${SOCKET_GROUP:-$(id -gn)}  # socket.group and socket.admin_group: must exist, with this user in it
expected_fingerprint="rules=1;under_five_months=6;amendment_notice_weeks=4"

[[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || { echo "N must be a positive integer, not '$n'" >&2; exit 64; }
[[ -x $binary ]] || { echo "no daemon binary at $binary (swift build -c release --product ehc-reviewd)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "the sqlite3 CLI is needed" >&2; exit 1; }

mkdir -p "$(dirname "$out")"
work=$(mktemp -d "$(dirname "$out")/make-db.XXXXXX")
trap 'rm -rf "$work"' EXIT
db=$work/reviews.sqlite

# 1. Let the daemon create and migrate an empty database.
cat >"$work/ehc-reviewd.yaml" <<EOF
database: $db
time_zone: Europe/London
socket:
  path: $work/admin.sock
  group: $socket_group
  admin_group: $socket_group
digest:
  at: "07:00"
  recipients: [sen-team@example.org]
mail:
  from: "EHC reviews <ehc-reviews@example.org>"
  transport: directory
  directory: $work/mail
EOF
env -u NOTIFY_SOCKET -u JOURNAL_STREAM -u WATCHDOG_USEC "$binary" --config "$work/ehc-reviewd.yaml" 2>"$work/daemon.log" &
pid=$!
for _ in $(seq 1 300); do
  grep -q ": ready" "$work/daemon.log" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if ! grep -q ": ready" "$work/daemon.log"; then
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || true
  echo "the daemon did not get ready on an empty database:" >&2
  cat "$work/daemon.log" >&2
  exit 1
fi
kill -TERM "$pid"
wait "$pid" || { echo "the daemon did not stop cleanly:" >&2; cat "$work/daemon.log" >&2; exit 1; }

migrations=$(sqlite3 "$db" "SELECT group_concat(identifier, ',') FROM grdb_migrations")
fingerprint=$(sqlite3 "$db" "SELECT value FROM store_meta WHERE key = 'deadline_rules'")
if [[ $fingerprint != "$expected_fingerprint" ]]; then
  echo "the daemon wrote rules fingerprint '$fingerprint', expected '$expected_fingerprint': update this script" >&2
  exit 1
fi
echo "schema by $binary: migrations $migrations; fingerprint $fingerprint" >&2
echo "deadlines_open: $(sqlite3 "$db" "SELECT sql FROM sqlite_master WHERE name = 'deadlines_open'" | tr -s ' \n' ' ')" >&2

# 2. Bulk insert in one transaction. Spreads come from multiplicative hashes of the id, so the same N
#    gives the same database on the same TODAY.
#    k = days from (today - 12 months) to the first issue: -180..0 for ~15 % of plans (annual review due
#    before today: late), 1..365 for the rest (due today .. in 12 months).
started=$(date +%s.%N)
sqlite3 "$db" >/dev/null <<SQL
PRAGMA synchronous = OFF;
PRAGMA cache_size = -200000;
PRAGMA foreign_keys = ON;
BEGIN;
CREATE TEMP TABLE gen AS
  WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < $n)
  SELECT i,
         CASE WHEN (i * 7919) % 1000 < 150 THEN -((i * 104729) % 181)
              ELSE 1 + (i * 104729) % 365 END AS k,
         (i * 15485863) % 5844 AS dob_days
  FROM seq;
CREATE TEMP TABLE stamp AS SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at;

INSERT INTO children (id, given_name, family_name, date_of_birth, created_at)
  SELECT i, 'Child', printf('Bench%07d', i), date('$today', '-19 years', '+' || dob_days || ' days'),
         (SELECT at FROM stamp)
  FROM gen;

INSERT INTO plans (id, child_id, reference, first_issued_on, created_at)
  SELECT i, i, printf('EHC-%07d', i), date('$today', '-12 months', k || ' days'), (SELECT at FROM stamp)
  FROM gen;

INSERT INTO plan_events (plan_id, kind, occurred_on, version, recorded_at)
  SELECT id, 'final_issued', first_issued_on, 1, created_at FROM plans ORDER BY id;

INSERT INTO deadlines (plan_id, key, rule, review_id, due_on, done_on, closed_on, statutory, source)
  SELECT id, 'annual_review@' || first_issued_on, 'annual_review', NULL,
         date(first_issued_on, '+12 months', '-1 day'), NULL, NULL, 1, 'CFA 2014 s44(1); CoP 9.166, 9.169'
  FROM plans ORDER BY id;

INSERT OR REPLACE INTO store_meta (key, value) VALUES ('deadline_rules', '$expected_fingerprint');
INSERT OR REPLACE INTO store_meta (key, value) VALUES ('transitions_through', date('$today', '-1 day'));
DELETE FROM deadline_transitions;
DROP TABLE gen;
DROP TABLE stamp;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
finished=$(date +%s.%N)

sqlite3 "$db" <<SQL >&2
SELECT printf('inserted in %.1f s: %d children, %d plans, %d plan_events, %d deadlines (%d late on $today, %.1f %%)',
  $finished - $started,
  (SELECT COUNT(*) FROM children), (SELECT COUNT(*) FROM plans), (SELECT COUNT(*) FROM plan_events),
  (SELECT COUNT(*) FROM deadlines),
  (SELECT COUNT(*) FROM deadlines WHERE done_on IS NULL AND closed_on IS NULL AND due_on < '$today' AND statutory = 1),
  100.0 * (SELECT COUNT(*) FROM deadlines WHERE due_on < '$today') / (SELECT COUNT(*) FROM deadlines));
SELECT 'due range: ' || MIN(due_on) || ' .. ' || MAX(due_on) FROM deadlines;
SELECT 'store_meta: ' || group_concat(key || '=' || value, '; ') FROM store_meta;
SQL
sqlite3 "$db" "PRAGMA foreign_key_check" | head -3 >&2
# The rows must fit the schema the daemon made (a later migration may add columns or constraints):
# quick_check covers the indexes and NOT NULL, and the late count's plan shows which index it uses.
check=$(sqlite3 "$db" "PRAGMA quick_check")
[[ $check == ok ]] || { echo "quick_check: $check" >&2; exit 1; }
echo "quick_check ok; late count: $(sqlite3 "$db" "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM deadlines
  WHERE done_on IS NULL AND closed_on IS NULL AND due_on < '$today' AND statutory = 1" | sed -n 's/^`--//p')" >&2

rm -f "$out" "$out-wal" "$out-shm"
mv "$db" "$out"
echo "$out: $(du -h "$out" | cut -f1)" >&2

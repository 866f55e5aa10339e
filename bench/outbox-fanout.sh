#!/usr/bin/env bash
# outbox-fanout.sh [N ...] — ehc-reviewd delivers a fan-out of N queued notices (default 100000) to a local
# SMTP sink; how long it takes, at what rate compared with what the sink itself accepts, and how much
# memory the daemon uses on the way.
#
# For each N:
#   1. A database made by the real daemon (migrations run on an empty file, as in make-large-db.sh), then N
#      `final_issued` notices inserted with the sqlite3 CLI in one transaction: one recipient each
#      (therapistNNNNNN@nhs.bench.example), all due now, with the payload a demo run writes.
#   2. For each sink in SINKS: a fresh copy of that database, the sink started, the daemon started with
#      `transport: smtp` to it (starttls off, mail.batch_size BATCH_SIZE, mail.concurrency CONCURRENCY).
#      Timed from exec until the daemon logs "outbox delivered" (the wake that sent them all has recorded
#      every result). /proc/PID/status (VmRSS, VmHWM) and /proc/PID/stat (CPU) are sampled every 0.2 s.
#      Then SIGTERM, exit 0 expected, and every notice must be `sent` in the database.
#   3. The sink's own acceptance rate: a fresh sink of the same kind, and Postfix's smtp-source sending it
#      N copies of a message the daemon sent (same size), CONCURRENCY sessions that each keep their one
#      connection (-d), one recipient per message (-N makes them distinct).
# Sinks (SINKS, default both when present): `aiosmtpd` (bench/smtp_sink.py, Python; counts Message-IDs,
# so duplicates show) and `smtp-sink` (Postfix's, in C, as fast as a sink gets: the daemon's own ceiling).
#
# Environment: EHC_REVIEWD (default .build-release/release/ehc-reviewd, built with
#   swift build -c release --scratch-path .build-release --product ehc-reviewd), SINKS, BATCH_SIZE (50),
#   CONCURRENCY (4), PORT (first port to try, 2525). Needs sqlite3, python3 with aiosmtpd and/or
#   postfix's smtp-sink and smtp-source (apt-get install postfix, "No configuration": nothing starts).
# Results: a summary on stdout; every log, sample and stats file under bench/.data/fanout-<time>/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100000)
binary=${EHC_REVIEWD:-$root/.build-release/release/ehc-reviewd}
batch=${BATCH_SIZE:-50}
concurrency=${CONCURRENCY:-4}
port=${PORT:-2525}
socket_group=${SOCKET_GROUP:-$(id -gn)}
out=$here/.data/fanout-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"

[[ -x $binary ]] || { echo "no daemon binary at $binary" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "the sqlite3 CLI is needed" >&2; exit 1; }
command -v smtp-source >/dev/null || { echo "smtp-source (postfix) is needed for the sink's own rate" >&2; exit 1; }
if [[ -z ${SINKS:-} ]]; then
  SINKS=""
  python3 -c 'import aiosmtpd' 2>/dev/null && SINKS="aiosmtpd"
  command -v smtp-sink >/dev/null && SINKS="$SINKS smtp-sink"
fi
[[ -n ${SINKS// /} ]] || { echo "no sink: pip install aiosmtpd, or apt-get install postfix" >&2; exit 1; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }

# A free TCP port on 127.0.0.1, from $port up.
free_port() {
  local p=$port
  while ss -ltn "sport = :$p" | grep -q LISTEN; do p=$((p + 1)); done
  echo "$p"
}

# config FILE DATABASE FOLDER TRANSPORT-LINES...
config() {
  local file=$1 db=$2 dir=$3
  shift 3
  {
    echo "database: $db"
    echo "time_zone: Europe/London"
    echo "socket:"
    echo "  path: $dir/admin.sock"
    echo "  group: $socket_group"
    echo "  admin_group: $socket_group"
    echo "digest:"
    echo "  recipients: [sen-team@example.org]"
    echo "mail:"
    echo "  from: \"EHC reviews <ehc-reviews@example.org>\""
    printf '  %s\n' "$@"
  } >"$file"
}

# run_until DIR PATTERN: starts the daemon on DIR/ehc-reviewd.yaml, waits for PATTERN in its log, stops it.
run_until() {
  local dir=$1 pattern=$2
  env -u NOTIFY_SOCKET -u JOURNAL_STREAM -u WATCHDOG_USEC "$binary" --config "$dir/ehc-reviewd.yaml" 2>>"$dir/daemon.log" &
  local pid=$!
  for _ in $(seq 1 300); do
    grep -q "$pattern" "$dir/daemon.log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || { echo "the daemon did not stop cleanly:" >&2; cat "$dir/daemon.log" >&2; exit 1; }
  grep -q "$pattern" "$dir/daemon.log" || { echo "no '$pattern' from the daemon:" >&2; cat "$dir/daemon.log" >&2; exit 1; }
}

# The payload a demo run writes for a final plan (NoticeContent), per recipient.
payload_sql="json_object('kind', 'final_issued', 'planReference', printf('EHC-%05d', 1 + i % 5000),
  'childLabel', 'A. B.', 'recipientName', printf('Therapist %d', i),
  'recipientRole', 'speech_and_language_therapist', 'on', '2026-11-28', 'planVersion', 2,
  'contact', 'Hassan Ali <hassan.ali@council.bench.example>')"

# make_database N OUT: the daemon's schema, and N queued notices; also OUT.eml, one message as sent.
make_database() {
  local n=$1 target=$2 dir
  dir=$(mktemp -d "$out/make-db.XXXXXX")
  config "$dir/ehc-reviewd.yaml" "$dir/reviews.sqlite" "$dir" "transport: directory" "directory: $dir/mail"
  run_until "$dir" ": ready"
  # One notice through the directory transport: the message whose bytes smtp-source sends.
  sqlite3 "$dir/reviews.sqlite" "WITH seq(i) AS (SELECT 1)
    INSERT INTO notices (recipient, kind, plan_version, payload, state, next_attempt_at, created_at)
    SELECT 'therapist000001@nhs.bench.example', 'final_issued', 2, $payload_sql, 'queued',
           strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM seq"
  run_until "$dir" "outbox delivered"
  cp "$(find "$dir/mail" -name '*.eml' | head -1)" "$target.eml"
  local started finished
  started=$(now)
  sqlite3 "$dir/reviews.sqlite" >/dev/null <<SQL
PRAGMA synchronous = OFF;
BEGIN;
DELETE FROM notices;
DELETE FROM audit_log;
INSERT INTO notices (recipient, kind, plan_version, payload, state, next_attempt_at, created_at)
  WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < $n)
  SELECT printf('therapist%06d@nhs.bench.example', i), 'final_issued', 2, $payload_sql, 'queued',
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 minute'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 minute')
  FROM seq;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
  finished=$(now)
  echo "  database: $n notices inserted in $(elapsed "$started" "$finished") s," \
       "$(du -h "$dir/reviews.sqlite" | cut -f1); message $(wc -c <"$target.eml") bytes" >&2
  mv "$dir/reviews.sqlite" "$target"
  rm -rf "$dir"
}

# start_sink KIND PORT DIR [N]: starts a sink (stopping by itself after N messages when N is given) and
# sets sink_pid. The daemon's sink gets no N: a sink that quits at the last message could drop its reply.
start_sink() {
  local kind=$1 p=$2 dir=$3 n=${4:-}
  case $kind in
    aiosmtpd) python3 "$here/smtp_sink.py" "$p" "$dir/sink.json" ${n:+--expect "$n"} >"$dir/sink.log" 2>&1 & ;;
    smtp-sink) smtp-sink -u nobody ${n:+-M "$n"} "127.0.0.1:$p" 1024 >"$dir/sink.log" 2>&1 & ;;
    *) echo "unknown sink $kind" >&2; exit 64 ;;
  esac
  sink_pid=$!
  for _ in $(seq 1 100); do
    ss -ltn "sport = :$p" | grep -q LISTEN && return
    sleep 0.05
  done
  echo "the $kind sink did not listen on port $p:" >&2
  cat "$dir/sink.log" >&2
  exit 1
}

# sample PID FILE: VmRSS and VmHWM (kB) every 0.2 s while PID lives.
sample() {
  local pid=$1 file=$2 t0
  t0=$(now)
  while [[ -r /proc/$pid/status ]]; do
    awk -v t="$(elapsed "$t0" "$(now)")" '/^VmRSS/ { r = $2 } /^VmHWM/ { h = $2 } END { if (r) print t, r, h }' \
      "/proc/$pid/status" >>"$file" 2>/dev/null || true
    sleep 0.2
  done
}

summary=$out/summary.txt
{
  echo "outbox fan-out, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD)"
  echo "daemon:  $binary ($(stat -c %y "$binary" | cut -d. -f1))"
  echo "machine: $(nproc) cores, $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "mail.batch_size $batch, mail.concurrency $concurrency; sinks: $SINKS"
} | tee "$summary"

for n in "${sizes[@]}"; do
  echo "== $n notices" | tee -a "$summary"
  template=$out/notices-$n.sqlite
  make_database "$n" "$template"
  for kind in $SINKS; do
    dir=$out/$kind-$n
    mkdir -p "$dir"
    cp "$template" "$dir/reviews.sqlite"
    p=$(free_port)
    start_sink "$kind" "$p" "$dir"
    config "$dir/ehc-reviewd.yaml" "$dir/reviews.sqlite" "$dir" "transport: smtp" \
      "smtp: {host: 127.0.0.1, port: $p, starttls: \"off\"}" "batch_size: $batch" "concurrency: $concurrency"
    t0=$(now)
    env -u NOTIFY_SOCKET -u JOURNAL_STREAM -u WATCHDOG_USEC "$binary" --config "$dir/ehc-reviewd.yaml" 2>"$dir/daemon.log" &
    pid=$!
    sample "$pid" "$dir/rss.txt" &
    sampler=$!
    ready_at="" done_at=""
    while kill -0 "$pid" 2>/dev/null; do
      [[ -z $ready_at ]] && grep -q ": ready" "$dir/daemon.log" && ready_at=$(now)
      if grep -q "outbox delivered" "$dir/daemon.log"; then done_at=$(now); break; fi
      sleep 0.05
    done
    [[ -n $done_at ]] || { echo "the daemon stopped before it delivered:" >&2; tail -20 "$dir/daemon.log" >&2; exit 1; }
    hwm=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status")
    ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    kill -TERM "$pid"
    wait "$pid" || { echo "the daemon did not exit 0:" >&2; tail -20 "$dir/daemon.log" >&2; exit 1; }
    wait "$sampler" 2>/dev/null || true
    kill -TERM "$sink_pid"
    wait "$sink_pid" 2>/dev/null || true
    counts=$(sqlite3 "$dir/reviews.sqlite" "SELECT group_concat(state || '=' || c, ' ') FROM
      (SELECT state, COUNT(*) c FROM notices GROUP BY state)")
    total=$(elapsed "$t0" "$done_at")
    sending=$(elapsed "$ready_at" "$done_at")
    cpu=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')
    # RSS at each tenth of the run, from the samples: flat memory shows as a flat row.
    profile=$(awk '{ t[NR] = $1; r[NR] = $2 } END { for (k = 1; k <= 10; k++) { i = int(NR * k / 10); if (i < 1) i = 1;
      printf "%s%d", (k > 1 ? " " : ""), r[i] / 1024 } }' "$dir/rss.txt")
    extra=""
    if [[ $kind == aiosmtpd ]]; then
      extra=$(python3 - "$dir/sink.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"sink: {s['messages']} messages, {s['distinct']} distinct Message-IDs, {s['connections']} connections,"
      f" first to last message {s['last_at'] - s['first_at']:.2f} s")
PY
)
    fi
    {
      echo "  $kind: ehc-reviewd exec -> all recorded $total s ($(rate "$n" "$total") msg/s);" \
           "READY -> all recorded $sending s ($(rate "$n" "$sending") msg/s); CPU $cpu s"
      echo "    notices: $counts; peak RSS (VmHWM) $((hwm / 1024)) MiB; RSS MiB at each tenth: $profile"
      [[ -z $extra ]] || echo "    $extra"
    } | tee -a "$summary"

    # The sink's own rate: smtp-source sends the same message N times, CONCURRENCY connections.
    p=$(free_port)
    mkdir -p "$dir/source"
    start_sink "$kind" "$p" "$dir/source" "$n"
    tr -d '\r' <"$template.eml" >"$dir/source/message.txt"
    t0=$(now)
    smtp-source -s "$concurrency" -d -m "$n" -F "$dir/source/message.txt" -f ehc-reviews@example.org \
      -t therapist@nhs.bench.example -N "127.0.0.1:$p" >"$dir/source/smtp-source.log" 2>&1 || true
    wait "$sink_pid" 2>/dev/null || true
    t1=$(now)
    accepted=$n
    if [[ $kind == aiosmtpd ]]; then
      accepted=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["messages"])' "$dir/source/sink.json")
    fi
    echo "    the sink alone: smtp-source, $concurrency connections: $accepted messages in $(elapsed "$t0" "$t1") s" \
         "($(rate "$accepted" "$(elapsed "$t0" "$t1")") msg/s)" | tee -a "$summary"
  done
done
echo "files: $out" | tee -a "$summary"

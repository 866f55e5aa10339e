# Shared helpers of the end-to-end fault suite, sourced by every file in cases/.
# A case file defines functions `case_NAME` (each preceded by one `# proves:` line saying what it proves),
# registers them with `register NAME SECONDS`, and ends with `e2e_main "$@"`. Tests/e2e/run calls
# `bash FILE --list`, then `timeout SECONDS bash FILE NAME` for each case: one case, one process group,
# one temporary folder, everything it started killed and removed on exit.
set -euo pipefail

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_DIR=$(cd "$E2E_DIR/../.." && pwd)
EHC_BIN=$(cd "${EHC_BIN:-$REPO_DIR/.build/release}" 2>/dev/null && pwd || echo "${EHC_BIN:-$REPO_DIR/.build/release}")
DAEMON="$EHC_BIN/ehc-reviewd"
CTL="$EHC_BIN/ehc-reviewctl"
E2E_OUT=${E2E_OUT:-/tmp/ehc-e2e-out}
# Python with aiosmtpd and schemathesis (pip's); the probes run as other users with the system one.
PY=${E2E_PYTHON:-python3}
SYSPY=/usr/bin/python3
# The test users and groups Tests/e2e/run creates.
SOCK_GROUP=e2e-sock ADMIN_GROUP=e2e-write
READER=e2e-reader ADMIN=e2e-admin OUTSIDER=e2e-outsider
# Dates the daemon accepts as "not in the future".
TODAY=$(date -u +%F)
YESTERDAY=$(date -u -d yesterday +%F)

declare -A CASE_LIMIT=()
CASE_ORDER=()
register() { CASE_ORDER+=("$1"); CASE_LIMIT[$1]=$2; }

CASE=""
FAILS=()
FIGURES=""
RESULT=""
T=""
DPID=""

log() { printf '%s [%s] %s\n' "$(date +%T)" "$CASE" "$*"; }
# Failures go to a file too, so that one recorded inside $(...) is not lost with its subshell.
fail() {
  local why; why=$(tr '\n' ' ' <<<"$*" | sed 's/  */ /g; s/ $//')
  FAILS+=("$why"); [ -z "$T" ] || echo "$why" >>"$T/fails"; log "FAIL: $why" >&2
}
figure() { echo "$*" >>"$T/figures"; log "figure: $*"; }
# expect DESCRIPTION COMMAND...: the command must succeed.
expect() { local what=$1; shift; if "$@"; then log "ok: $what"; else fail "$what"; fi; }
# expect_eq DESCRIPTION GOT WANT
expect_eq() { if [ "$2" == "$3" ]; then log "ok: $1 ($2)"; else fail "$1: expected $3, got $2"; fi; }
# A case that cannot judge its subject (e.g. a document it needs is absent) ends as SKIP with a reason.
skip() { RESULT=SKIP; figure "$*"; log "SKIP: $*"; exit 0; }

# kill_tree PID: PID and every process below it (a background shell function forks a subshell whose
# child is the real process), children first, by process id.
kill_tree() {
  local child
  for child in $(pgrep -P "$1" 2>/dev/null || true); do kill_tree "$child"; done
  kill -9 "$1" 2>/dev/null || true
}

cleanup() {
  local pid mount
  trap - EXIT INT TERM
  if [ -n "$T" ] && [ -d "$T" ]; then
    if [ -f "$T/pids" ]; then
      for pid in $(tac "$T/pids"); do kill_tree "$pid"; done
      for pid in $(cat "$T/pids"); do wait "$pid" 2>/dev/null || true; done
    fi
    if [ -f "$T/mounts" ]; then
      for mount in $(tac "$T/mounts"); do umount -l "$mount" 2>/dev/null || true; done
    fi
    chattr -R -i "$T" 2>/dev/null || true
    rm -rf "$T"
  fi
}

write_result() {
  mkdir -p "$E2E_OUT"
  local why=""
  if [ -n "$T" ] && [ -s "$T/fails" ]; then why=$(sort -u "$T/fails" | awk 'NR > 1 { printf "; " } { printf "%s", $0 }'); fi
  [ ! -s "$T/figures" ] || FIGURES=$(awk 'NR > 1 { printf "; " } { printf "%s", $0 }' "$T/figures")
  if [ -n "$why" ]; then RESULT=FAIL; elif [ -z "$RESULT" ]; then RESULT=PASS; fi
  printf '%s|%s|%s\n' "$RESULT" "${FIGURES//|//}" "${why//|//}" >"$E2E_OUT/$CASE.result"
}

on_exit() {
  local rc=$?
  [ $rc -eq 0 ] || [ -n "$RESULT" ] || fail "the case script stopped with exit $rc"
  write_result
  cleanup
}

e2e_main() {
  if [ "${1:-}" == "--list" ]; then
    local name
    for name in "${CASE_ORDER[@]}"; do echo "$name ${CASE_LIMIT[$name]}"; done
    return 0
  fi
  CASE=$1
  declare -F "case_$CASE" >/dev/null || { echo "no case $CASE" >&2; exit 2; }
  # A neutral name: a check that greps a message for a word must not find it in the folder's name.
  T=$(mktemp -d "/tmp/ehc-e2e.XXXXXXXX")
  # Tests/e2e/run cleans up after a case it had to kill (its pids and this folder).
  mkdir -p "$E2E_OUT"; echo "$T" >"$E2E_OUT/$CASE.tmp"
  chmod 0755 "$T"
  mkdir -p "$T/state" "$T/run" "$T/io"
  chmod 0755 "$T/state" "$T/run"
  chmod 0777 "$T/io"
  : >"$T/pids"; : >"$T/fails"; : >"$T/figures"
  trap on_exit EXIT
  trap 'FAILS+=("stopped by a signal (time limit?)"); exit 143' INT TERM
  DB="$T/state/reviews.sqlite"
  SOCK="$T/run/admin.sock"
  CFG="$T/ehc-reviewd.yaml"
  export EHC_REVIEW_SOCKET=$SOCK
  log "start (binaries: $EHC_BIN)"
  "case_$CASE"
  log "end"
}

track() { echo "$1" >>"$T/pids"; }

# write_config smtp PORT | directory: the daemon's config file, state and socket in $T.
write_config() {
  local transport=$1 mail
  if [ "$transport" == smtp ]; then
    mail="  transport: smtp
  smtp: {host: 127.0.0.1, port: $2, starttls: \"off\"}"
  else
    mail="  transport: directory
  directory: $T/state/mail"
  fi
  cat >"$CFG" <<YAML
database: $DB
time_zone: Europe/London
socket:
  path: $SOCK
  group: $SOCK_GROUP
  admin_group: $ADMIN_GROUP
digest:
  at: "07:00"
  recipients: [sen-team@example.org]
mail:
  from: "EHC reviews <ehc-reviews@example.org>"
$mail
YAML
}

# status_code: GET /v1/status as root, the HTTP code (000 when nothing answers).
status_code() { curl -s -o /dev/null -w '%{http_code}' --max-time "${1:-2}" --unix-socket "$SOCK" http://localhost/v1/status || true; }

# start_daemon [VAR=value ...]: starts ehc-reviewd (environment overrides as arguments) and waits until the
# socket answers GET /v1/status; fails the case if it exits first or takes over 30 s.
# DAEMON_WRAP (an array) goes before it, e.g. (prlimit --nofile=1024:524288 --).
DAEMON_WRAP=()
start_daemon() {
  "${DAEMON_WRAP[@]}" env "$@" "$DAEMON" --config "$CFG" >>"$T/daemon.log" 2>&1 &
  DPID=$!
  track "$DPID"
  local i
  for i in $(seq 1 300); do
    if ! kill -0 "$DPID" 2>/dev/null; then
      wait "$DPID" && rc=0 || rc=$?
      fail "the daemon exited ($rc) before answering: $(tail -n 3 "$T/daemon.log" | tr '\n' ' ')"
      exit 1
    fi
    [ "$(status_code)" == 200 ] && return 0
    sleep 0.1
  done
  fail "the daemon did not answer GET /v1/status within 30 s"
  exit 1
}

kill_daemon() { kill_tree "$DPID" 2>/dev/null || true; wait "$DPID" 2>/dev/null || true; DPID=""; }
stop_daemon() {
  kill -TERM "$DPID" 2>/dev/null || true
  local i; for i in $(seq 1 100); do kill -0 "$DPID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$DPID" 2>/dev/null || true; wait "$DPID" 2>/dev/null || true; DPID=""
}
daemon_alive() { [ -n "$DPID" ] && kill -0 "$DPID" 2>/dev/null; }

# as USER COMMAND...: runs COMMAND with USER's uid, primary group and supplementary groups (root: as is).
as() {
  local user=$1; shift
  if [ "$user" == root ]; then "$@"; else setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups "$@"; fi
}

# http USER METHOD PATH [curl arguments...]: the HTTP code on stdout; body in $T/io/body, headers in $T/io/hdr.
http() {
  local user=$1 method=$2 path=$3; shift 3
  rm -f "$T/io/body" "$T/io/hdr"
  as "$user" curl -s -X "$method" --max-time 20 --unix-socket "$SOCK" -o "$T/io/body" -D "$T/io/hdr" \
    -w '%{http_code}' "$@" "http://localhost$path" || true
}
body() { cat "$T/io/body" 2>/dev/null || true; }
header() { grep -i "^$1:" "$T/io/hdr" 2>/dev/null | head -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//' || true; }
# post PATH JSON: as root, the new record's id on stdout (fails the case unless 2xx).
post() {
  local code; code=$(http root POST "$1" -H 'Content-Type: application/json' -d "$2")
  case "$code" in 2??) jq -r '.id // empty' "$T/io/body" ;; *) fail "POST $1 answered $code: $(body)"; exit 1 ;; esac
}
json_status() { jq -r ".$1" <(curl -s --max-time 5 --unix-socket "$SOCK" http://localhost/v1/status); }

q() { sqlite3 -batch -noheader "$DB" "$@"; }
integrity() { sqlite3 -batch -noheader "$DB" 'PRAGMA integrity_check' 2>&1 | tr '\n' ' ' | sed 's/ $//'; }
# data_snapshot: one line that changes when the API changed anything: row counts of the tables it writes and a
# digest of their content (the outbox by count only, since the dispatcher moves notices on by itself; the
# audit log, idempotency keys and meta not at all).
data_snapshot() {
  local table out=""
  for table in children professionals plans contributors plan_events reviews review_steps review_invitees notices deadlines; do
    out+="$table=$(sqlite3 -batch -noheader "$DB" "SELECT count(*) FROM $table" 2>/dev/null || echo '?') "
  done
  echo "${out}sum=$(sqlite3 -batch "$DB" '.dump children professionals plans contributors plan_events reviews review_steps' | sha256sum | cut -c1-12)"
}
db_bytes() { local n=0 f; for f in "$DB" "$DB-wal"; do [ -f "$f" ] && n=$((n + $(stat -c %s "$f"))); done; echo "$n"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
rss_kib() { awk -v k="${2:-VmRSS}:" '$1 == k {print $2}' "/proc/$1/status"; }

# wait_until SECONDS COMMAND...: polls COMMAND every 0.2 s; false if it never succeeds in time.
wait_until() {
  local limit=$1; shift
  local end=$((SECONDS + limit))
  while [ $SECONDS -lt $end ]; do "$@" && return 0; sleep 0.2; done
  "$@"
}

# start_sink PORT LOG [sink options...]: the aiosmtpd sink (lib/smtp_sink.py), waits until it listens.
start_sink() {
  local port=$1 logfile=$2; shift 2
  rm -f "$T/sink.ready"
  "$PY" "$E2E_DIR/lib/smtp_sink.py" --port "$port" --log "$logfile" --ready "$T/sink.ready" "$@" \
    >>"$T/sink.out" 2>&1 &
  SINK_PID=$!
  track "$SINK_PID"
  wait_until 20 test -s "$T/sink.ready" || { fail "the SMTP sink did not start: $(tail -n 3 "$T/sink.out")"; exit 1; }
}
stop_sink() { kill -9 "$SINK_PID" 2>/dev/null || true; wait "$SINK_PID" 2>/dev/null || true; }
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# seed_fanout N [REF]: N professionals who contribute to one new plan (by CSV import, no notices); prints
# the plan id. A final_issued event on it then queues N notices.
seed_fanout() {
  local n=$1 ref=${2:-FAN-$RANDOM} child plan
  "$SYSPY" - "$n" "$ref" "$T" <<'PY'
import sys
n, ref, t = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(f"{t}/pros.csv", "w") as f:
    f.write("email,name,role,daily_digest\n")
    for i in range(n):
        f.write(f"p{i}.{ref.lower()}@example.org,Pro {i},speech_and_language_therapist,no\n")
with open(f"{t}/contributors.csv", "w") as f:
    f.write("plan_reference,professional_email\n")
    for i in range(n):
        f.write(f"{ref},p{i}.{ref.lower()}@example.org\n")
PY
  "$CTL" --socket "$SOCK" import professionals "$T/pros.csv" >/dev/null
  child=$(post /v1/children '{"given_name":"Fan","family_name":"Out","date_of_birth":"2014-03-14"}')
  plan=$(post /v1/plans "{\"child_id\":$child,\"reference\":\"$ref\"}")
  "$CTL" --socket "$SOCK" import contributors "$T/contributors.csv" >/dev/null
  echo "$plan"
}

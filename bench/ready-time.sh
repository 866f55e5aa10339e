#!/usr/bin/env bash
# ready-time.sh [N ...] — how long ehc-reviewd takes from exec to READY=1, and what its first scheduler
# pass costs, on databases of N plans (default: 6400 64000 640000).
#
# For each N (database cached in bench/.data, made by make-large-db.sh):
#   first  1 untimed start, so that any migration of the file happens before the measured starts
#   cold   1 start after dropping the database file from the page cache (posix_fadvise DONTNEED)
#   warm   RUNS starts (default 5), page cache warm
#   debug  1 start with EHC_REVIEW_LOG_LEVEL=debug, transitions_through = yesterday (one day of work)
#   debug-idle  1 more debug start straight after, transitions_through = today: a pass with nothing to do
# Before every start but debug-idle, transitions_through is set back to yesterday and the recorded
# transitions are deleted, so each start is "the morning after": the first pass records one day.
# Each start binds a NOTIFY_SOCKET (notify_run.py), times exec -> READY=1, waits for the first pass
# (debug: the "next wake" line; otherwise SETTLE seconds, default 0.5), sends SIGTERM and waits for exit 0.
#
# Which daemon: by default the working tree, built with `swift build -c release --product ehc-reviewd`
# (.build/release/ehc-reviewd); REV=<commit> builds that commit from a `git archive` export under
# bench/.data/src-<commit> instead (use it when others are editing the tree); EHC_REVIEWD=<path> takes a
# binary as it is. SKIP_BUILD=1 skips the build. BUILD_FLAGS (word-split) is added to `swift build`: a
# clean release build of 847b8d5 fails under MemberImportVisibility (timespec and stat fields "defined in
# CDispatch"), so that commit was measured with
#   BUILD_FLAGS="-Xswiftc -disable-upcoming-feature -Xswiftc MemberImportVisibility"
# (name lookup only; the generated code is the same). RUNS (default 5) and SETTLE (default 0.5 s) as above.
# Old cached databases are not deleted: rm -rf bench/.data to start again.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
data=$here/.data
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(6400 64000 640000)
runs=${RUNS:-5}
settle=${SETTLE:-0.5}
binary=$root/.build/release/ehc-reviewd
today=$(TZ=Europe/London date +%F)
# The admin socket (READY=1 waits for it since 5ae253d) is given socket.group, which must exist and
# include this user: by default the caller's primary group (root when run as root).
socket_group=${SOCKET_GROUP:-$(id -gn)}
mkdir -p "$data"

build_log=$data/build-release.log
if [[ -n ${EHC_REVIEWD:-} ]]; then
  binary=$EHC_REVIEWD
  origin="given as EHC_REVIEWD"
elif [[ -n ${REV:-} ]]; then
  # A commit, exported with git archive and built in its own folder: neither the shared .build nor
  # anyone's uncommitted edits in the working tree get into the measurement.
  commit=$(git -C "$root" rev-parse --verify "$REV^{commit}")
  src=$data/src-${commit:0:10}
  if [[ ! -f $src/Package.swift ]]; then
    mkdir -p "$src"
    git -C "$root" archive "$commit" | tar -x -C "$src"
  fi
  binary=$src/.build/release/ehc-reviewd
  origin="commit ${commit:0:10}, built in $src"
  if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    echo "building release of ${commit:0:10} in $src (several minutes the first time) ..." >&2
    (cd "$src" && swift build -c release --product ehc-reviewd ${BUILD_FLAGS:-}) >"$build_log" 2>&1 \
      || { tail -30 "$build_log" >&2; exit 1; }
  fi
else
  origin="working tree at $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?')"
  if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    echo "building release (several minutes on a clean tree) ..." >&2
    (cd "$root" && swift build -c release --product ehc-reviewd ${BUILD_FLAGS:-}) >"$build_log" 2>&1 \
      || { tail -30 "$build_log" >&2; exit 1; }
  fi
fi
[[ -x $binary ]] || { echo "no $binary" >&2; exit 1; }

# Cached databases are named after the binary that migrated them (and this generator), so a new build
# never meets a schema it would have to migrate during the timed start (about 30 s to remake all three).
schema_key=$(cat "$binary" "$here/make-large-db.sh" | sha1sum | cut -c1-10)
results=$data/results-$(date -u +%Y%m%dT%H%M%SZ).jsonl

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
{
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC') (today in Europe/London: $today)"
  echo "machine: $(nproc) cores, $cpu, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "swift:   $(swift --version 2>/dev/null | head -1)"
  echo "sqlite:  $(sqlite3 --version | cut -d' ' -f1) (system libsqlite3, as the daemon links)"
  echo "binary:  $binary ($origin; database cache key ${schema_key})"
  echo "build:   swift build -c release --product ehc-reviewd ${BUILD_FLAGS:-}"
  echo "results: $results"
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min; other builds on this machine skew the small sizes)"
} >&2

reset_watermark() {
  sqlite3 "$1" "UPDATE store_meta SET value = date('$today', '-1 day') WHERE key = 'transitions_through';
                DELETE FROM deadline_transitions;"
}

for n in "${sizes[@]}"; do
  db=$data/plans-$n-$schema_key.sqlite
  if [[ ! -f $db ]]; then
    echo "making $db ..." >&2
    EHC_REVIEWD=$binary "$here/make-large-db.sh" "$n" "$db"
  fi
  size=$(stat -c %s "$db")
  run_dir=$data/run-$n
  mkdir -p "$run_dir"
  cat >"$run_dir/ehc-reviewd.yaml" <<EOF
database: $db
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
  start() {  # start KIND [notify_run.py options]
    local kind=$1
    shift
    python3 "$here/notify_run.py" run --binary "$binary" --config "$run_dir/ehc-reviewd.yaml" \
      --meta "n=$n" --meta "kind=$kind" --meta "file_bytes=$size" "$@" >>"$results" \
      || { echo "N=$n $kind: no READY=1 or no clean exit; see $results" >&2; tail -1 "$results" >&2; exit 1; }
    jq -r '"N=\(.n) \(.kind): READY=1 at \(.ready_ms) ms, SIGTERM to exit \(.term_to_exit_ms) ms"' <(tail -1 "$results") >&2
  }
  # One untimed start first (kind "first", its own row in the summary): if this binary had to migrate the
  # database (a file made by another build), it does so here and not in the cold or warm starts.
  before=$(sqlite3 "$db" "SELECT group_concat(identifier, ',') FROM grdb_migrations")
  reset_watermark "$db"
  start first --settle "$settle"
  after=$(sqlite3 "$db" "SELECT group_concat(identifier, ',') FROM grdb_migrations")
  [[ $before == "$after" ]] || echo "N=$n: the first start migrated $before -> $after" >&2
  echo "N=$n: migrations $after" >&2
  reset_watermark "$db"
  start cold --evict "$db" --settle "$settle"
  for _ in $(seq 1 "$runs"); do
    reset_watermark "$db"
    start warm --settle "$settle"
  done
  reset_watermark "$db"
  start debug --env EHC_REVIEW_LOG_LEVEL=debug --until "next wake"
  start debug-idle --env EHC_REVIEW_LOG_LEVEL=debug --until "next wake"
done

echo
echo "start to READY=1 ($runs warm starts per size, 1 cold; stop = SIGTERM to exit, median):"
python3 "$here/notify_run.py" summary "$results"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "debug runs (ms from exec):"
python3 "$here/notify_run.py" timeline "$results"

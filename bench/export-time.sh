#!/usr/bin/env bash
# export-time.sh DB [YEAR] — how long the exports take, and what they cost in memory, on a copy of DB (a
# database made by make-large-db.sh, e.g. bench/.data/plans-640000-*.sqlite; never written to: the copy
# is, since the daemon migrates it).
#
# Starts ehc-reviewd on the copy (digest at 23:59 so that no digest runs), then times with /usr/bin/time:
#   late      ehc-reviewctl export late --output FILE        (96,000 rows on the 640k database)
#   sen2      ehc-reviewctl export sen2-reviews --year YEAR --output FILE   (one row per plan)
#   figures   ehc-reviewctl export sen2-reviews --year YEAR --figures
# each RUNS times (default 3), printing wall time, the CLI's max RSS, and the daemon's VmRSS and VmHWM
# (its peak) after each export: flat memory means nothing was built whole. SIGTERM at the end.
#
# Binaries: .build/release (BIN=<dir> for another, e.g. .build/debug). YEAR defaults to this year.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source_db=${1:?usage: export-time.sh DB [YEAR]}
year=${2:-$(date +%Y)}
runs=${RUNS:-3}
bin=${BIN:-$root/.build/release}
work=$(mktemp -d /tmp/ehc-export-bench.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

cp "$source_db" "$work/reviews.sqlite"
mkdir -p "$work/mail"
cat >"$work/ehc-reviewd.yaml" <<YAML
database: $work/reviews.sqlite
time_zone: Europe/London
socket:
  path: $work/admin.sock
  group: $(id -gn)
  admin_group: $(id -gn)
digest:
  at: "23:59"
  recipients: [sen-team@example.org]
mail:
  from: "EHC reviews <ehc-reviews@example.org>"
  transport: directory
  directory: $work/mail
YAML
"$bin/ehc-reviewd" --config "$work/ehc-reviewd.yaml" >"$work/daemon.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do [[ -S $work/admin.sock ]] && break; sleep 0.1; done
export EHC_REVIEW_SOCKET=$work/admin.sock
memory() { grep -E 'VmRSS|VmHWM' "/proc/$pid/status" | awk '{printf "%s %d MiB  ", $1, $2 / 1024}'; }
echo "daemon after start: $(memory)"
run() {  # run NAME ARGS...
  local name=$1
  shift
  for i in $(seq 1 "$runs"); do
    local timing
    timing=$( { /usr/bin/time -f '%e s, ehc-reviewctl max RSS %M KiB' "$bin/ehc-reviewctl" "$@" >"$work/out" ; } 2>&1 )
    echo "$name #$i: $timing; $(tail -c 200 "$work/out" | tail -1 | cut -c1-60); daemon $(memory)"
  done
}
run late export late --output "$work/late.csv"
run sen2 export sen2-reviews --year "$year" --output "$work/sen2.csv"
run figures export sen2-reviews --year "$year" --figures
wc -l "$work/late.csv" "$work/sen2.csv" | sed 's/^/lines: /'

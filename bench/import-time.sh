#!/usr/bin/env bash
# import-time.sh [N] — times a CSV import of N children and N plans (default 64000) through the real daemon
# and CLI (release build), against sqlite3's own `.import` of the same plans file into a bare table.
#
# Files come from make-import-csv.py (BOM, CRLF, UK dates; a quarter of the plans with a review history).
# The daemon runs on a fresh database in bench/.data/import-N/; the script prints wall times, rows/s, the
# daemon's peak RSS (VmHWM) after each import, and the same for a second, unchanged import of the plans
# (idempotent: every row "unchanged").
#
# Environment: EHC_REVIEWD / EHC_REVIEWCTL (default .build-release/release/…).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:-64000}
daemon=${EHC_REVIEWD:-$root/.build-release/release/ehc-reviewd}
ctl=${EHC_REVIEWCTL:-$root/.build-release/release/ehc-reviewctl}
dir=$here/.data/import-$n
[[ -x $daemon && -x $ctl ]] || { echo "build first: swift build -c release --scratch-path .build-release" >&2; exit 1; }
rm -rf "$dir" && mkdir -p "$dir"
python3 "$here/make-import-csv.py" children "$n" >"$dir/children.csv"
python3 "$here/make-import-csv.py" plans "$n" >"$dir/plans.csv"
cat >"$dir/ehc-reviewd.yaml" <<YAML
database: $dir/reviews.sqlite
time_zone: Europe/London
socket: {path: $dir/admin.sock, group: $(id -gn), admin_group: $(id -gn)}
digest: {at: "07:00", recipients: [sen-team@example.org]}
mail: {from: "EHC reviews <ehc-reviews@example.org>", transport: directory, directory: $dir/mail}
YAML
"$daemon" --config "$dir/ehc-reviewd.yaml" >"$dir/daemon.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do [[ -S $dir/admin.sock ]] && break; sleep 0.1; done
hwm() { awk '/VmHWM/ {print $2 " kB"}' "/proc/$pid/status"; }
timed() {  # timed LABEL ROWS COMMAND...
  local label=$1 rows=$2; shift 2
  local start end
  start=$(date +%s.%N); "$@" >"$dir/$label.out"; end=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]:<22} {s:7.2f} s  {int(sys.argv[4])/s:9.0f} rows/s')" \
    "$start" "$end" "$label" "$rows"
  echo "                       $(tail -1 "$dir/$label.out"); daemon VmHWM $(hwm)"
}
timed children "$n" "$ctl" --socket "$dir/admin.sock" import children "$dir/children.csv"
timed plans "$n" "$ctl" --socket "$dir/admin.sock" import plans "$dir/plans.csv"
timed plans-again "$n" "$ctl" --socket "$dir/admin.sock" import plans "$dir/plans.csv"
timed plans-dry-run "$n" "$ctl" --socket "$dir/admin.sock" import plans "$dir/plans.csv" --dry-run
if command -v sqlite3 >/dev/null; then
  timed sqlite3-import "$n" sqlite3 "$dir/plain.sqlite" ".mode csv" ".import $dir/plans.csv plans"
fi

#!/usr/bin/env bash
# Storage faults: a full disk, a read-only database, a crash in the middle of an import.
source "$(dirname "$0")/../lib/common.sh"

# mount_state SIZE: the state folder on its own tmpfs (unmounted by the cleanup).
mount_state() { mount -t tmpfs -o "size=$1,mode=0755" tmpfs "$T/state"; echo "$T/state" >>"$T/mounts"; }
child_json() { echo "{\"given_name\":\"$1\",\"family_name\":\"Disk\",\"date_of_birth\":\"2014-03-14\"}"; }

# proves: with the state directory's tmpfs full, writes answer 507 problem+json and write nothing, reads still answer, integrity_check is ok, and writes work again once space is freed
case_disk_full() {
  mount_state 4m
  write_config directory
  sed -i "s|  directory: .*|  directory: $T/mail|" "$CFG"
  start_daemon
  post /v1/children "$(child_json Before)" >/dev/null
  local before; before=$(q "SELECT count(*) FROM children")
  dd if=/dev/zero of="$T/state/fill" bs=64k 2>/dev/null || true
  log "tmpfs full: $(df -k "$T/state" | awk 'NR == 2 {print $4}') KiB free"
  local i code codes="" ctype
  for i in 1 2 3 4 5; do
    code=$(http "$ADMIN" POST /v1/children -H 'Content-Type: application/json' -d "$(child_json Full$i)")
    codes+="$code "
  done
  ctype=$(header Content-Type)
  expect_eq "writes on a full disk" "$codes" "507 507 507 507 507 "
  expect_eq "Content-Type of the 507" "$ctype" "application/problem+json"
  expect_eq "status of the 507 body" "$(jq -r .status "$T/io/body" 2>/dev/null)" 507
  expect_eq "GET /v1/status on a full disk" "$(http "$READER" GET /v1/status)" 200
  expect_eq "GET /v1/plans on a full disk" "$(http "$READER" GET /v1/plans)" 200
  expect "the daemon is alive on a full disk" daemon_alive
  expect_eq "integrity_check on a full disk" "$(integrity)" ok
  expect_eq "children written while full" "$(q "SELECT count(*) FROM children")" "$before"
  rm -f "$T/state/fill"
  code=$(http "$ADMIN" POST /v1/children -H 'Content-Type: application/json' -d "$(child_json After)")
  expect_eq "a write once space is freed" "$code" 201
  expect_eq "children after recovery" "$(q "SELECT count(*) FROM children")" $((before + 1))
  stop_daemon
  expect_eq "integrity_check after recovery" "$(integrity)" ok
  figure "tmpfs 4 MiB full: 5 writes -> $codes(problem+json), reads 200, integrity ok, write after freeing -> $code"
}
register disk_full 90

# proves: a database file that cannot be written (chattr +i, which binds root too) or a read-only state file system stops the daemon at start with a clear message naming the database and exit 78, never a crash or a hang
case_db_readonly() {
  write_config directory
  start_daemon
  post /v1/children "$(child_json Ro)" >/dev/null
  stop_daemon
  local rc out
  chattr +i "$DB"
  rc=0; out=$(timeout -k 5 20 "$DAEMON" --config "$CFG" 2>&1) || rc=$?
  chattr -i "$DB"
  log "immutable database: exit $rc: $out"
  expect_eq "exit status with an immutable database" "$rc" 78
  expect "the message names the database ($out)" grep -q "database" <<<"$out"
  # The whole state file system read-only.
  cp -a "$T/state" "$T/state.copy"
  mount -t tmpfs -o size=8m,mode=0755 tmpfs "$T/state"; echo "$T/state" >>"$T/mounts"
  cp -a "$T/state.copy/." "$T/state/"
  mount -o remount,ro "$T/state"
  local rc2 out2
  rc2=0; out2=$(timeout -k 5 20 "$DAEMON" --config "$CFG" 2>&1) || rc2=$?
  log "read-only file system: exit $rc2: $out2"
  expect_eq "exit status with a read-only state file system" "$rc2" 78
  expect "the message names the database ($out2)" grep -q "database" <<<"$out2"
  mount -o remount,rw "$T/state"
  start_daemon
  expect_eq "a write once the file system is writable again" \
    "$(http "$ADMIN" POST /v1/children -H 'Content-Type: application/json' -d "$(child_json Rw)")" 201
  figure "immutable file: exit $rc ($(head -n 2 <<<"$out" | tail -n 1 | sed "s/^ *//; s|$T|\$T|")); read-only fs: exit $rc2; writable again: 201"
}
register db_readonly 90

spool_files() { find "$T/state" -maxdepth 1 -name '.import-*' | wc -l; }
spool_present() { [ "$(spool_files)" -gt 0 ]; }

# proves: kill -9 while `ehc-reviewctl import plans BIG.csv` is spooled leaves no .import-*.csv file beside the database after the next start, and the database intact
case_import_crash() {
  write_config directory
  start_daemon
  "$SYSPY" - "$T/big.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("reference,child_ref,first_issued_on\n")
    for i in range(400000):
        f.write(f"EHC-BIG-{i:07d},CHILD-{i:07d},14/03/2024\n")
PY
  log "BIG.csv: $(stat -c %s "$T/big.csv") bytes"
  "$CTL" --socket "$SOCK" import plans "$T/big.csv" >"$T/import.out" 2>&1 &
  local ctl=$!; track "$ctl"
  if wait_until 30 spool_present; then
    local size; size=$(find "$T/state" -maxdepth 1 -name '.import-*' -printf '%s\n' | head -n 1)
    kill_daemon
    log "killed with a spool file of $size bytes: $(find "$T/state" -maxdepth 1 -name '.import-*' -printf '%f ')"
  else
    fail "no spool file appeared beside the database during the import"
    kill_daemon
  fi
  wait "$ctl" 2>/dev/null || true
  local left_before; left_before=$(spool_files)
  start_daemon
  sleep 1
  local left; left=$(spool_files)
  expect_eq "spool files beside the database after the restart" "$left" 0
  expect_eq "integrity_check" "$(integrity)" ok
  expect_eq "plans written by the killed import (all or nothing)" "$(q "SELECT count(*) FROM plans")" 0
  figure "killed during the import with $left_before spool file(s) of ${size:-?} bytes; after restart: $left left"
}
register import_crash 90

e2e_main "$@"

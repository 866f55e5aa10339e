#!/usr/bin/env bash
# Backup, restore and upgrade: an online backup restores to the same state; a newer schema is refused.
source "$(dirname "$0")/../lib/common.sh"

# api_dump SOCKET: plans, every plan's deadlines on a fixed day, and the outbox, as one canonical text.
api_dump() {
  local sock=$1 id
  curl -s --max-time 10 --unix-socket "$sock" 'http://localhost/v1/plans?limit=1000' | jq -S -c '.'
  for id in $(curl -s --max-time 10 --unix-socket "$sock" 'http://localhost/v1/plans?limit=1000' | jq -r '.[].id'); do
    curl -s --max-time 10 --unix-socket "$sock" "http://localhost/v1/plans/$id/deadlines?as_of=$TODAY" | jq -S -c '.'
  done
  curl -s --max-time 10 --unix-socket "$sock" 'http://localhost/v1/notices?limit=1000' | jq -S -c '.'
}
writer() {
  local i=0
  while :; do
    i=$((i + 1))
    curl -s -o /dev/null --max-time 5 --unix-socket "$SOCK" -X POST http://localhost/v1/children \
      -H 'Content-Type: application/json' \
      -d "{\"given_name\":\"W$i\",\"family_name\":\"Writer\",\"date_of_birth\":\"2014-03-14\"}" || true
  done
}
open_notices() { q "SELECT count(*) FROM notices WHERE state IN ('queued','sending','failed')"; }
all_sent() { [ "$(open_notices)" -eq 0 ]; }

# proves: `ehc-reviewctl backup FILE` taken while writes go on gives a consistent database that a fresh daemon serves with the same plans, deadlines and outbox
case_backup_restore() {
  write_config directory
  start_daemon
  local i plan pro
  pro=$(post /v1/professionals '{"name":"Sam Backup","email":"sam.backup@example.org","role":"speech_and_language_therapist"}')
  for i in $(seq 1 20); do
    local c; c=$(post /v1/children "{\"given_name\":\"B$i\",\"family_name\":\"Backup\",\"date_of_birth\":\"2014-03-14\"}")
    plan=$(post /v1/plans "{\"child_id\":$c,\"reference\":\"BACKUP-$i\"}")
    http root PUT "/v1/plans/$plan/contributors/$pro" >/dev/null
    post "/v1/plans/$plan/events" "{\"kind\":\"final_issued\",\"on\":\"2025-0$((i % 9 + 1))-1$((i % 9))\"}" >/dev/null
  done
  wait_until 30 all_sent || fail "the outbox did not drain before the backup"
  local source_dump children0 children1 rc out
  source_dump=$(api_dump "$SOCK")
  children0=$(q "SELECT count(*) FROM children")
  writer & local wpid=$!; track "$wpid"
  sleep 1
  rc=0; out=$(timeout -k 5 60 "$CTL" --socket "$SOCK" backup "$T/backup.sqlite" 2>&1) || rc=$?
  sleep 0.5
  kill "$wpid" 2>/dev/null || true; wait "$wpid" 2>/dev/null || true
  children1=$(q "SELECT count(*) FROM children")
  log "backup: exit $rc: $out; children $children0 before, $children1 after the writer"
  expect_eq "ehc-reviewctl backup's exit status" "$rc" 0
  [ -s "$T/backup.sqlite" ] || { fail "no backup file was written: $out"; return; }
  expect_eq "integrity_check of the backup" "$(sqlite3 -batch "$T/backup.sqlite" 'PRAGMA integrity_check')" ok
  local restored_children; restored_children=$(sqlite3 -batch "$T/backup.sqlite" 'SELECT count(*) FROM children')
  expect "children in the backup ($restored_children) between $children0 and $children1 (one moment of the live database)" \
    test "$restored_children" -ge "$children0" -a "$restored_children" -le "$children1"
  # The restore: the file as the database of a fresh daemon.
  local source_sock=$SOCK source_db=$DB
  mkdir -p "$T/restore/state" "$T/restore/run"; chmod 0755 "$T/restore" "$T/restore/state" "$T/restore/run"
  cp "$T/backup.sqlite" "$T/restore/state/reviews.sqlite"
  DB="$T/restore/state/reviews.sqlite"; SOCK="$T/restore/run/admin.sock"
  sed -e "s|^database: .*|database: $DB|" -e "s|  path: .*|  path: $SOCK|" -e "s|  directory: .*|  directory: $T/restore/mail|" "$CFG" >"$T/restore.yaml"
  CFG="$T/restore.yaml"
  start_daemon
  local restored_dump; restored_dump=$(api_dump "$SOCK")
  expect "plans, deadlines and outbox of the restored daemon equal the source's ($(wc -l <<<"$source_dump") documents)" \
    test "$restored_dump" == "$source_dump"
  [ "$restored_dump" == "$source_dump" ] || diff <(echo "$source_dump") <(echo "$restored_dump") | head -n 5 | sed 's/^/    diff: /'
  figure "backup during $((children1 - children0)) concurrent writes: exit $rc, integrity $(sqlite3 -batch "$T/backup.sqlite" 'PRAGMA integrity_check' 2>/dev/null || echo '?'); restored: 20 plans, their deadlines and $(jq length <<<"$(tail -n 1 <<<"$restored_dump")") notices equal"
  DB=$source_db SOCK=$source_sock
}
register backup_restore 120

# proves: a database made by a newer version (an unknown migration v99_future in grdb_migrations) is refused at start with a message saying so and exit 78, and is left as it was
case_newer_schema() {
  write_config directory
  start_daemon
  stop_daemon
  q "INSERT INTO grdb_migrations (identifier) VALUES ('v99_future')"
  local before rc out; before=$(sha256sum "$DB" | cut -c1-16)
  rc=0; out=$(timeout -k 5 15 "$DAEMON" --config "$CFG" 2>&1) || rc=$?
  out=${out//"$T"/\$T}
  log "exit $rc: $(tail -n 3 <<<"$out")"
  [ "$rc" -ne 124 ] || fail "the daemon started on a newer database (still running after 15 s)"
  expect_eq "exit status on a newer database" "$rc" 78
  expect "the message says the database is newer or names v99_future" grep -qiE "newer|v99_future" <<<"$out"
  expect_eq "the migration row is still there" "$(q "SELECT count(*) FROM grdb_migrations WHERE identifier = 'v99_future'")" 1
  expect_eq "integrity_check" "$(integrity)" ok
  figure "v99_future in grdb_migrations: exit $rc: $(grep -iE "newer|v99" <<<"$out" | head -n 1 | sed 's/^ *//' | cut -c1-160)"
}
register newer_schema 60

e2e_main "$@"

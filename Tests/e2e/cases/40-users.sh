#!/usr/bin/env bash
# Wrong users: peer credentials decide who may connect, read and write, and every write is audited.
source "$(dirname "$0")/../lib/common.sh"

child_json() { echo "{\"given_name\":\"$1\",\"family_name\":\"User\",\"date_of_birth\":\"2014-03-14\"}"; }

# proves: a user outside socket.group cannot even connect (EACCES on the 0660 socket), curl gets no answer
case_outsider() {
  write_config directory
  start_daemon
  local mode errno rc
  mode=$(stat -c '%a %G' "$SOCK")
  expect_eq "socket mode and group" "$mode" "660 $SOCK_GROUP"
  errno=$(as "$OUTSIDER" "$SYSPY" -c "
import socket, sys
s = socket.socket(socket.AF_UNIX)
try:
    s.connect(sys.argv[1]); print('connected')
except OSError as e:
    print(e.errno)" "$SOCK")
  expect_eq "errno of the outsider's connect" "$errno" 13
  rc=0; as "$OUTSIDER" curl -s --max-time 5 --unix-socket "$SOCK" -o /dev/null http://localhost/v1/status || rc=$?
  expect_eq "curl's exit as the outsider (7: could not connect)" "$rc" 7
  figure "socket $mode; outsider's connect: errno $errno (EACCES), curl exit $rc"
}
register outsider 60

# proves: a reader (socket.group only) may read, but a write is 403 problem+json, writes nothing and is shown in GET /v1/audit with the reader's name
case_reader_write() {
  write_config directory
  start_daemon
  local before code ctype audit
  before=$(data_snapshot)
  expect_eq "a reader's GET /v1/status" "$(http "$READER" GET /v1/status)" 200
  code=$(http "$READER" POST /v1/children -H 'Content-Type: application/json' -d "$(child_json Reader)")
  ctype=$(header Content-Type)
  expect_eq "a reader's POST /v1/children" "$code" 403
  expect_eq "its Content-Type" "$ctype" application/problem+json
  expect_eq "data after the refused write" "$(data_snapshot)" "$before"
  expect_eq "a reader's GET /v1/audit" "$(http "$READER" GET '/v1/audit?limit=20')" 200
  audit=$(jq -c --arg u "$READER" '[.[] | select(.user_name == $u)] | first' "$T/io/body")
  log "audit: $audit"
  expect "the refusal is in GET /v1/audit under $READER ($audit)" \
    jq -e --arg u "$READER" 'any(.[]; .user_name == $u and .uid > 0 and ((.action + " " + .summary) | test("den|refus|forbid"; "i")))' "$T/io/body"
  figure "reader: GET 200, POST $code ($ctype), audited as $(jq -r '.action + ": " + .summary' <<<"$audit" 2>/dev/null)"
}
register reader_write 60

# proves: 5,000 refused POSTs by a reader grow the database (file + WAL) by less than 100 KB, and are still audited
case_reader_flood() {
  write_config directory
  start_daemon
  # Let the start-up work (digest, first checkpoint) settle before measuring.
  sleep 2
  local bytes0 audit0 result bytes1 audit1 grew
  bytes0=$(db_bytes); audit0=$(q "SELECT count(*) FROM audit_log")
  result=$(as "$READER" "$SYSPY" "$E2E_DIR/lib/unixhttp.py" flood "$SOCK" 5000 /v1/children "$(child_json Flood)")
  log "flood: $result"
  sleep 1
  bytes1=$(db_bytes); audit1=$(q "SELECT count(*) FROM audit_log")
  grew=$((bytes1 - bytes0))
  expect_eq "answers to the 5,000 POSTs" "$(jq -c .codes <<<"$result")" '{"403":5000}'
  expect "the database grew by $grew bytes (less than 100 KB)" test "$grew" -lt 102400
  expect "the refusals are audited ($((audit1 - audit0)) rows)" test $((audit1 - audit0)) -gt 0
  expect_eq "children written" "$(q "SELECT count(*) FROM children")" 0
  figure "5,000 refused POSTs in $(jq -r .seconds <<<"$result") s: database +$((grew / 1024)) KiB (limit 100), +$((audit1 - audit0)) audit rows"
}
register reader_flood 120

# proves: an admin (socket.group + admin_group) may write, and the write is audited with the admin's uid and user name
case_admin_write() {
  write_config directory
  start_daemon
  local code entry
  code=$(http "$ADMIN" POST /v1/children -H 'Content-Type: application/json' -d "$(child_json Admin)")
  expect_eq "an admin's POST /v1/children" "$code" 201
  http "$READER" GET '/v1/audit?limit=5' >/dev/null
  entry=$(jq -c '.[0]' "$T/io/body")
  expect_eq "newest audit entry's user_name" "$(jq -r .user_name <<<"$entry")" "$ADMIN"
  expect_eq "newest audit entry's uid" "$(jq -r .uid <<<"$entry")" "$(id -u "$ADMIN")"
  expect_eq "newest audit entry's route" "$(jq -r .via <<<"$entry")" "POST /v1/children"
  figure "admin: POST $code, audited as $(jq -r '.user_name + " (uid " + (.uid|tostring) + "): " + .summary' <<<"$entry")"
}
register admin_write 60

e2e_main "$@"

#!/usr/bin/env bash
# Hostile input, probe by probe, with curl and raw sockets: each must be refused cleanly (4xx
# problem+json, never 5xx, never a crash) and must change nothing.
source "$(dirname "$0")/../lib/common.sh"

child_json() { echo "{\"given_name\":\"$1\",\"family_name\":\"Probe\",\"date_of_birth\":\"2014-03-14\"}"; }
# rawreq FILE [--shut]: FILE's bytes sent as they are; the answer's JSON in $T/io/raw.json, status on stdout.
rawreq() { "$SYSPY" "$E2E_DIR/lib/unixhttp.py" raw "$SOCK" "$@" >"$T/io/raw.json"; jq -r .status "$T/io/raw.json"; }
raw_header() { jq -r --arg h "$1" '.headers[$h] // ""' "$T/io/raw.json"; }
# post_json_file PATH FILE: POST FILE's bytes as application/json as the admin; the HTTP code.
post_file() { http "$ADMIN" POST "$1" -H 'Content-Type: application/json' --data-binary "@$2"; }
begin() { write_config directory; start_daemon; post /v1/children "$(child_json Seed)" >/dev/null; SNAP=$(data_snapshot); }
# unchanged: the data is as begin() left it (only the fields that differ are named), and the daemon alive.
unchanged() {
  local now; now=$(data_snapshot)
  if [ "$now" == "$SNAP" ]; then log "ok: nothing changed"
  else fail "data changed by the refused request(s): $(comm -13 <(tr ' ' '\n' <<<"$SNAP" | sort) <(tr ' ' '\n' <<<"$now" | sort) | tr '\n' ' ')(was: $(comm -23 <(tr ' ' '\n' <<<"$SNAP" | sort) <(tr ' ' '\n' <<<"$now" | sort) | tr '\n' ' '))"
  fi
  expect "the daemon is alive" daemon_alive
}
is_problem() { expect_eq "$1: Content-Type" "$(header Content-Type)" application/problem+json; }

# proves: 1,100 connections that send half a request header and stop (the daemon at systemd's default soft limit of 1,024 descriptors) do not stop another caller: a new GET /v1/status is answered in under 1 s
case_slowloris() {
  DAEMON_WRAP=(prlimit --nofile=1024:"$(ulimit -Hn)" --)
  begin
  rm -f "$T/io/ready"
  prlimit --nofile=4096:"$(ulimit -Hn)" setpriv --reuid="$READER" --regid="$(id -g "$READER")" --init-groups \
    "$SYSPY" "$E2E_DIR/lib/unixhttp.py" slowloris "$SOCK" 1100 8 "$T/io/ready" >"$T/slow.json" 2>"$T/slow.err" &
  local holder=$!; track "$holder"
  wait_until 60 test -s "$T/io/ready" || fail "the slow client did not open its connections"
  sleep 1
  local out code seconds
  out=$(as "$ADMIN" curl -s -o /dev/null --max-time 5 -w '%{http_code} %{time_total}' --unix-socket "$SOCK" \
    http://localhost/v1/status || true)
  code=${out%% *}; seconds=${out#* }
  log "held: $(cat "$T/io/ready"); GET /v1/status: $out"
  wait "$holder" || true
  log "slow client: $(cat "$T/slow.json" 2>/dev/null) $(cat "$T/slow.err")"
  expect_eq "GET /v1/status with 1,100 slow connections held" "$code" 200
  expect "answered in under 1 s ($seconds s)" awk -v s="$seconds" 'BEGIN { exit !(s < 1.0) }'
  expect "the daemon is alive" daemon_alive
  figure "$(jq -r '.opened' "$T/io/ready" 2>/dev/null) held ($(jq -r .refused_at_connect "$T/io/ready" 2>/dev/null) refused at connect, $(jq -r .closed_by_daemon "$T/slow.json" 2>/dev/null) closed by the daemon within 9 s); new GET /v1/status: $code in ${seconds}s"
}
register slowloris 120

# proves: a 2 MiB JSON body (over the 1 MiB cap) is 413 problem+json and writes nothing
case_huge_body() {
  begin
  "$SYSPY" -c "import sys; sys.stdout.write('{\"given_name\":\"' + 'A' * (2 << 20) + '\",\"family_name\":\"B\",\"date_of_birth\":\"2014-03-14\"}')" >"$T/huge.json"
  local code; code=$(post_file /v1/children "$T/huge.json")
  expect_eq "POST of 2 MiB" "$code" 413
  is_problem "the 413"
  unchanged
  figure "2 MiB body -> $code $(header Content-Type)"
}
register huge_body 60

# proves: invalid UTF-8 in a JSON body is 400 problem+json, not 500, and writes nothing
case_invalid_utf8() {
  begin
  printf '{"given_name":"Zo\xc3\x28 \xff\xfe","family_name":"B","date_of_birth":"2014-03-14"}' >"$T/bad.json"
  local code; code=$(post_file /v1/children "$T/bad.json")
  expect_eq "invalid UTF-8" "$code" 400
  is_problem "the 400"
  unchanged
  figure "invalid UTF-8 -> $code: $(jq -r .detail "$T/io/body" 2>/dev/null)"
}
register invalid_utf8 60

# proves: JSON nested 10,000 levels deep (as the body and inside a field) is 400, with no stack overflow
case_deep_nesting() {
  begin
  "$SYSPY" -c "import sys; sys.stdout.write('[' * 10000 + ']' * 10000)" >"$T/deep1.json"
  "$SYSPY" -c "import sys; sys.stdout.write('{\"given_name\":' + '{\"a\":' * 10000 + '1' + '}' * 10000 + ',\"family_name\":\"B\",\"date_of_birth\":\"2014-03-14\"}')" >"$T/deep2.json"
  local c1 c2
  c1=$(post_file /v1/children "$T/deep1.json")
  is_problem "arrays 10,000 deep"
  c2=$(post_file /v1/children "$T/deep2.json")
  expect_eq "arrays 10,000 deep as the body" "$c1" 400
  expect_eq "objects 10,000 deep in a field" "$c2" 400
  unchanged
  figure "10,000 levels: body -> $c1, in a field -> $c2; daemon alive"
}
register deep_nesting 60

# proves: CR/LF and display-name tricks in names and emails ("A\r\nBcc: x@y", "\"Evil\" <x@y>, z@w") are 400 naming the field, so nothing reaches a mail header
case_header_injection() {
  begin
  local results="" code field
  while IFS='|' read -r route json want_field; do
    code=$(http "$ADMIN" POST "$route" -H 'Content-Type: application/json' -d "$json")
    field=$(jq -r .field "$T/io/body" 2>/dev/null || echo '?')
    expect_eq "POST $route $json" "$code/$field" "400/$want_field"
    results+="$want_field:$code "
  done <<'PROBES'
/v1/professionals|{"name":"A\r\nBcc: x@y.example","email":"a@b.example","role":"speech_and_language_therapist"}|name
/v1/professionals|{"name":"Sam","email":"\"Evil\" <x@y.example>, z@w.example","role":"speech_and_language_therapist"}|email
/v1/professionals|{"name":"Sam","email":"sam@b.example\r\nBcc: x@y.example","role":"speech_and_language_therapist"}|email
/v1/professionals|{"name":"Sam","email":"sam@b.example, z@w.example","role":"speech_and_language_therapist"}|email
/v1/professionals|{"name":"\"Evil\" <x@y.example>\nTo: z@w.example","email":"c@d.example","role":"speech_and_language_therapist"}|name
/v1/children|{"given_name":"A\r\nSubject: hi","family_name":"B","date_of_birth":"2014-03-14"}|given_name
PROBES
  unchanged
  figure "6 tricks -> $results"
}
register header_injection 60

# proves: a JSON object with a duplicate key is 400 naming the key, not silently the first or last value
case_duplicate_key() {
  begin
  local code detail
  code=$(http "$ADMIN" POST /v1/children -H 'Content-Type: application/json' \
    -d '{"given_name":"A","given_name":"B","family_name":"C","date_of_birth":"2014-03-14"}')
  detail=$(jq -r '(.field // "") + " " + (.detail // "")' "$T/io/body" 2>/dev/null || body)
  expect_eq "duplicate key" "$code" 400
  expect "the answer names the key ($detail)" grep -q given_name <<<"$detail"
  unchanged
  figure "duplicate given_name -> $code: $detail"
}
register duplicate_key 60

# proves: a body cut short (Content-Length: 100, then 10 bytes and the client shuts down writing) is 400, not 500 and not a hang
case_cut_body() {
  begin
  printf 'POST /v1/children HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"given_na' >"$T/cut.http"
  local code; code=$(rawreq "$T/cut.http" --shut)
  expect_eq "a body cut short" "$code" 400
  expect_eq "its Content-Type" "$(raw_header content-type)" application/problem+json
  unchanged
  figure "Content-Length 100, 10 bytes sent -> $code $(raw_header content-type)"
}
register cut_body 60

# proves: HTTP-level garbage — a bad Content-Length, a garbage request line, a 200 KiB header — is a 4xx answered as application/problem+json, never an empty body or a dropped connection
case_bad_http() {
  begin
  local results="" code ctype name
  printf 'POST /v1/children HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n{}' >"$T/cl.http"
  printf 'POST /v1/children HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n{}' >"$T/cl2.http"
  printf 'GARBAGE \x01\x02 NOT-HTTP\r\n\r\n' >"$T/garbage.http"
  "$SYSPY" -c "import sys; sys.stdout.write('GET /v1/status HTTP/1.1\r\nHost: localhost\r\nX-Big: ' + 'a' * (200 << 10) + '\r\n\r\n')" >"$T/bighdr.http"
  for name in cl cl2 garbage bighdr; do
    code=$(rawreq "$T/$name.http"); ctype=$(raw_header content-type)
    log "$name: $code $ctype $(jq -r .body "$T/io/raw.json" | head -c 200)"
    expect "$name: a 4xx ($code)" test "$code" -ge 400 -a "$code" -lt 500
    expect_eq "$name: Content-Type" "$ctype" application/problem+json
    results+="$name:$code "
  done
  unchanged
  figure "$results"
}
register bad_http 60

# proves: a wrong method on a known route is 405 with an Allow header (not 404)
case_wrong_method() {
  begin
  local c1 a1 c2 a2
  c1=$(http "$ADMIN" DELETE /v1/status); a1=$(header Allow)
  c2=$(http "$ADMIN" PUT /v1/children -H 'Content-Type: application/json' -d '{}'); a2=$(header Allow)
  expect_eq "DELETE /v1/status" "$c1" 405
  expect "its Allow header names GET ($a1)" grep -q GET <<<"$a1"
  expect_eq "PUT /v1/children" "$c2" 405
  expect "its Allow header names POST ($a2)" grep -q POST <<<"$a2"
  unchanged
  figure "DELETE /v1/status -> $c1 Allow: ${a1:-none}; PUT /v1/children -> $c2 Allow: ${a2:-none}"
}
register wrong_method 60

# proves: an Idempotency-Key replayed with the same body on another path (POST /v1/plans/1/events, then /v1/plans/2/events) is 422 and plan 2 gets no event and no notice
case_idempotency_replay() {
  write_config directory
  start_daemon
  local c p1 p2 pro body code1 code2 again
  c=$(post /v1/children "$(child_json Idem)")
  p1=$(post /v1/plans "{\"child_id\":$c,\"reference\":\"IDEM-1\"}")
  p2=$(post /v1/plans "{\"child_id\":$c,\"reference\":\"IDEM-2\"}")
  pro=$(post /v1/professionals '{"name":"Sam Idem","email":"sam.idem@example.org","role":"speech_and_language_therapist"}')
  http root PUT "/v1/plans/$p1/contributors/$pro" >/dev/null
  http root PUT "/v1/plans/$p2/contributors/$pro" >/dev/null
  body="{\"kind\":\"final_issued\",\"on\":\"$YESTERDAY\"}"
  code1=$(http "$ADMIN" POST "/v1/plans/$p1/events" -H 'Idempotency-Key: replay-e2e-1' -H 'Content-Type: application/json' -d "$body")
  again=$(http "$ADMIN" POST "/v1/plans/$p1/events" -H 'Idempotency-Key: replay-e2e-1' -H 'Content-Type: application/json' -d "$body")
  code2=$(http "$ADMIN" POST "/v1/plans/$p2/events" -H 'Idempotency-Key: replay-e2e-1' -H 'Content-Type: application/json' -d "$body")
  local answer; answer=$(body | head -c 200)
  expect_eq "first POST /v1/plans/$p1/events" "$code1" 201
  expect "the same key and body on the same path again: the first answer ($again)" test "$again" -lt 300
  expect_eq "events of plan $p1" "$(q "SELECT count(*) FROM plan_events WHERE plan_id = $p1")" 1
  expect_eq "the same key and body on /v1/plans/$p2/events" "$code2" 422
  expect_eq "events of plan $p2" "$(q "SELECT count(*) FROM plan_events WHERE plan_id = $p2")" 0
  expect_eq "notices for plan $p2" "$(q "SELECT count(*) FROM notices WHERE plan_id = $p2")" 0
  figure "plan 1: $code1, again $again; plan 2 with the same key: $code2 ($answer), plan 2 events $(q "SELECT count(*) FROM plan_events WHERE plan_id = $p2")"
}
register idempotency_replay 60

e2e_main "$@"

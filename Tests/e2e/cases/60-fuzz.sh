#!/usr/bin/env bash
# The API fuzzed from its own OpenAPI document with schemathesis, through a socat TCP-to-Unix bridge.
source "$(dirname "$0")/../lib/common.sh"

EXAMPLES=${E2E_FUZZ_EXAMPLES:-25}
FUZZ_SECONDS=${E2E_FUZZ_SECONDS:-75}

# The OpenAPI document: served by the daemon, else docs/openapi.json of this checkout, else $E2E_OPENAPI.
find_schema() {
  if [ "$(http root GET /v1/openapi.json)" == 200 ] && jq -e .openapi "$T/io/body" >/dev/null 2>&1; then
    cp "$T/io/body" "$T/openapi.json"; echo "GET /v1/openapi.json"
  elif [ -f "$REPO_DIR/docs/openapi.json" ]; then
    cp "$REPO_DIR/docs/openapi.json" "$T/openapi.json"; echo "docs/openapi.json"
  elif [ -n "${E2E_OPENAPI:-}" ] && [ -f "$E2E_OPENAPI" ]; then
    cp "$E2E_OPENAPI" "$T/openapi.json"; echo "$E2E_OPENAPI"
  fi
}

# st MODE HAR: one bounded schemathesis run against the bridge; its exit status.
st_run() {
  local mode=$1 har=$2 rc=0
  # From $T: schemathesis keeps a cache folder (.schemathesis) in the working directory.
  # lib/st_hooks.py: a serializer for the PDF body of POST /v1/documents.
  (cd "$T" && PYTHONPATH="$E2E_DIR/lib${PYTHONPATH:+:$PYTHONPATH}" SCHEMATHESIS_HOOKS=st_hooks \
    timeout -k 5 $((FUZZ_SECONDS + 60)) "$PY" -m schemathesis.cli run "$T/openapi.json" --url "$BASE" --mode "$mode" \
    --max-examples "$EXAMPLES" --max-time "$FUZZ_SECONDS" --request-timeout 10 --workers 2 --seed 20261202 \
    --checks not_a_server_error --suppress-health-check all --generation-database none --no-color \
    --report har --report-har-path "$har" --exclude-path /v1/import/{kind} \
    >"$T/st-$mode.log" 2>&1) || rc=$?
  cp "$T/st-$mode.log" "$E2E_OUT/fuzz-schemathesis-$mode.log" 2>/dev/null || true
  echo $rc
}

# st_problems LOG: what schemathesis reported as failures or errors, on one line (or its last line).
st_problems() {
  local text; text=$(sed -n '/^=* *\(ERRORS\|FAILURES\) *=*$/,/^=* *SUMMARY *=*$/p' "$1" | grep -v '^ *$' | head -n 12 | tr -s ' \n' ' ')
  [ -n "$text" ] || text=$(grep -v '^ *$' "$1" | tail -n 1)
  echo "${text:0:400}"
}

# proves: schemathesis, from the OpenAPI document, through socat on 127.0.0.1 as an admin: no 5xx and no crash in a negative-only run and a mixed one, integrity ok, and the writes they saw refused, sent again in batches, change nothing
case_fuzz() {
  write_config directory
  start_daemon
  local c p pro r
  c=$(post /v1/children '{"given_name":"Fuzz","family_name":"Seed","date_of_birth":"2014-03-14"}')
  p=$(post /v1/plans "{\"child_id\":$c,\"reference\":\"FUZZ-1\"}")
  pro=$(post /v1/professionals '{"name":"Fuzz Seed","email":"fuzz.seed@example.org","role":"speech_and_language_therapist"}')
  http root PUT "/v1/plans/$p/contributors/$pro" >/dev/null
  post "/v1/plans/$p/events" "{\"kind\":\"final_issued\",\"on\":\"$YESTERDAY\"}" >/dev/null
  local source; source=$(find_schema)
  [ -n "$source" ] || { fail "no OpenAPI document: GET /v1/openapi.json answered $(http root GET /v1/openapi.json), docs/openapi.json is absent"; return; }
  log "schema from $source: $(jq '.paths | length' "$T/openapi.json") paths"
  local port; port=$(free_port)
  # The bridge runs as the admin, so the daemon sees an admin's peer credentials on every request.
  as "$ADMIN" socat "TCP-LISTEN:$port,bind=127.0.0.1,reuseaddr,fork" "UNIX-CONNECT:$SOCK" 2>>"$T/socat.log" &
  track $!
  BASE="http://127.0.0.1:$port"
  wait_until 10 curl -sf -o /dev/null "$BASE/v1/status" || { fail "the socat bridge does not answer"; return; }
  # Paths without the /v1 prefix get it from the base URL.
  jq -e '.paths | keys | all(startswith("/v1") or . == "/metrics")' "$T/openapi.json" >/dev/null || BASE="$BASE/v1"

  local before after rc_neg rc_all neg all
  before=$(data_snapshot)
  rc_neg=$(st_run negative "$T/negative.har")
  after=$(data_snapshot)
  neg=$("$PY" "$E2E_DIR/lib/har_summary.py" "$T/negative.har")
  log "negative run (exit $rc_neg): $neg"
  tail -n 5 "$T/st-negative.log" | sed 's/^/    st: /'
  expect "the daemon is alive after the negative run" daemon_alive
  expect_eq "5xx in the negative run" "$(jq -r .server_errors <<<"$neg")" 0
  if [ "$(jq -r .accepted_writes <<<"$neg")" -eq 0 ]; then
    expect_eq "data after a negative run whose writes were all refused" "$after" "$before"
  fi
  rc_all=$(st_run all "$T/all.har")
  all=$("$PY" "$E2E_DIR/lib/har_summary.py" "$T/all.har")
  log "mixed run (exit $rc_all): $all"
  tail -n 5 "$T/st-all.log" | sed 's/^/    st: /'
  expect "the daemon is alive after the mixed run" daemon_alive
  expect_eq "5xx in the mixed run" "$(jq -r .server_errors <<<"$all")" 0
  [ "$rc_neg" -eq 0 ] || [ "$(jq -r .server_errors <<<"$neg")" -gt 0 ] || \
    fail "schemathesis (negative) exited $rc_neg: $(st_problems "$T/st-negative.log")"
  [ "$rc_all" -eq 0 ] || [ "$(jq -r .server_errors <<<"$all")" -gt 0 ] || \
    fail "schemathesis (mixed) exited $rc_all: $(st_problems "$T/st-all.log")"
  # Nothing changed by a rejected request: the refused writes of both runs sent again, batch by batch.
  local replay; replay=$("$PY" "$E2E_DIR/lib/replay_rejected.py" "$DB" "$BASE" 400 "$T/negative.har" "$T/all.har")
  log "replay of refused writes: $replay"
  expect_eq "batches of refused writes that changed data" "$(jq -r '.changed | length' <<<"$replay")" 0
  expect_eq "5xx in the replay" "$(jq -r .server_errors <<<"$replay")" 0
  [ "$(jq -r '.changed | length' <<<"$replay")" -eq 0 ] || fail "changed by refused writes: $(jq -c '.changed[0]' <<<"$replay")"
  for h in "$T/negative.har" "$T/all.har"; do
    [ "$(jq -r .server_errors <<<"$("$PY" "$E2E_DIR/lib/har_summary.py" "$h")")" -eq 0 ] || \
      fail "5xx examples: $(jq -r '.server_error_examples | join(", ")' <<<"$("$PY" "$E2E_DIR/lib/har_summary.py" "$h")")"
  done
  stop_daemon
  expect_eq "integrity_check" "$(integrity)" ok
  figure "schema from $source; negative: $(jq -r .requests <<<"$neg") requests $(jq -c .by_status <<<"$neg"), $(jq -r .accepted_writes <<<"$neg") writes accepted; mixed: $(jq -r .requests <<<"$all") requests $(jq -c .by_status <<<"$all"); 5xx: $(( $(jq -r .server_errors <<<"$neg") + $(jq -r .server_errors <<<"$all") )); $(jq -r .replayed <<<"$replay") refused writes replayed in $(jq -r .batches_compared <<<"$replay") compared batches: $(jq -r '.changed | length' <<<"$replay") changed data"
}
register fuzz 480

e2e_main "$@"

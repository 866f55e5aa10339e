#!/usr/bin/env bash
# Crash safety of the transactional outbox: kill -9 while notices go out over real SMTP.
source "$(dirname "$0")/../lib/common.sh"

ROUNDS=${E2E_CRASH_ROUNDS:-20}
FANOUT=${E2E_CRASH_FANOUT:-1000}
CONCURRENCY=4

# Ids of notices the sink has seen (from Message-ID <notice-ID.CREATED@domain>), one per line, sorted.
sink_ids() { sed -n 's/^<notice-\([0-9]*\)\..*/\1/p' "$T/sink.log" | sort -n; }
open_notices() { q "SELECT count(*) FROM notices WHERE state IN ('queued','sending','failed')"; }
all_sent() { [ "$(open_notices)" -eq 0 ]; }

# proves: 20 rounds of kill -9 at random moments of a 1,000-notice SMTP fan-out lose no notice, resend only rows in flight (at most mail.concurrency per kill, same Message-ID) and leave PRAGMA integrity_check ok after every round
case_crash() {
  local port plan round pause bad=0 refills=0 in_flight_seen=0 dups_seen=0 dups_now max_per_kill=0
  port=$(free_port)
  # 40 ms per message: 1,000 messages over 4 connections take about 10 s, spread over the rounds.
  start_sink "$port" "$T/sink.log" --delay "${E2E_CRASH_DELAY:-0.04}"
  write_config smtp "$port"
  start_daemon EHC_REVIEW_MAIL_CONCURRENCY=$CONCURRENCY
  plan=$(seed_fanout "$FANOUT" CRASH-0)
  post "/v1/plans/$plan/events" "{\"kind\":\"final_issued\",\"on\":\"$YESTERDAY\"}" >/dev/null
  log "fan-out of $FANOUT queued on plan $plan"
  for round in $(seq 1 "$ROUNDS"); do
    # A random moment: 0 to 1.2 s after the daemon answered.
    pause=$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.3f", rand() * 1.2 }')
    sleep "$pause"
    in_flight_seen=$((in_flight_seen + $(q "SELECT count(*) FROM notices WHERE state = 'sending'")))
    # Duplicates that arrived since the last kill: the resends that kill caused (reported, not asserted
    # per kill, since a resend may land in the next round).
    local lines; lines=$(wc -l <"$T/sink.log")  # complete lines only: the sink may be mid-line
    dups_now=$((lines - $(head -n "$lines" "$T/sink.log" | cut -f1 | sort -u | wc -l)))
    [ $((dups_now - dups_seen)) -le "$max_per_kill" ] || max_per_kill=$((dups_now - dups_seen))
    dups_seen=$dups_now
    kill_daemon
    local check; check=$(integrity)
    if [ "$check" != ok ]; then bad=$((bad + 1)); fail "round $round: integrity_check says: $check"; fi
    log "round $round: killed after ${pause}s; sent $(q "SELECT count(*) FROM notices WHERE state='sent'"), open $(open_notices), sink lines $(wc -l <"$T/sink.log"), integrity $check"
    start_daemon EHC_REVIEW_MAIL_CONCURRENCY=$CONCURRENCY
    # Keep the rounds meaningful: if the fan-out is done, start another over the same professionals.
    if [ "$round" -lt "$ROUNDS" ] && [ "$(open_notices)" -eq 0 ]; then
      refills=$((refills + 1))
      plan=$(post /v1/plans "{\"child_id\":1,\"reference\":\"CRASH-$refills\"}")
      sed "s/^CRASH-0,/CRASH-$refills,/" "$T/contributors.csv" >"$T/contributors-$refills.csv"
      "$CTL" --socket "$SOCK" import contributors "$T/contributors-$refills.csv" >/dev/null
      post "/v1/plans/$plan/events" "{\"kind\":\"final_issued\",\"on\":\"$YESTERDAY\"}" >/dev/null
      log "fan-out done early: another $FANOUT queued on plan $plan"
    fi
  done
  # After the last restart everything must go out.
  if ! wait_until 180 all_sent; then
    fail "notices still open 180 s after the last restart: $(open_notices)"
  fi
  stop_daemon
  local notices sent dead received distinct missing dups
  notices=$(q "SELECT count(*) FROM notices")
  sent=$(q "SELECT count(*) FROM notices WHERE state='sent'")
  dead=$(q "SELECT count(*) FROM notices WHERE state='dead'")
  received=$(wc -l <"$T/sink.log")
  distinct=$(cut -f1 "$T/sink.log" | sort -u | wc -l)
  missing=$(comm -23 <(q "SELECT id FROM notices ORDER BY id" | sort) <(sink_ids | sort -u) | wc -l)
  dups=$((received - distinct))
  expect_eq "every notice sent" "$sent" "$notices"
  expect_eq "no notice dead" "$dead" 0
  expect_eq "notices missing at the sink" "$missing" 0
  expect_eq "distinct Message-IDs at the sink = notices" "$distinct" "$notices"
  expect "duplicates ($dups) at most mail.concurrency ($CONCURRENCY) per kill ($ROUNDS)" test "$dups" -le $((ROUNDS * CONCURRENCY))
  # Each duplicate must be a resend with the same Message-ID to the same recipient.
  local odd; odd=$(cut -f1,2 "$T/sink.log" | sort -u | cut -f1 | uniq -d | wc -l)
  expect_eq "Message-IDs that reached two different recipients" "$odd" 0
  expect_eq "integrity_check after the last round" "$(integrity)" ok
  figure "$ROUNDS kills, $notices notices ($((refills + 1)) fan-outs), $distinct delivered, $dups duplicates (at most $max_per_kill after one kill; bound $CONCURRENCY per kill, $((ROUNDS * CONCURRENCY)) in all), $missing missing, $dead dead, $in_flight_seen rows 'sending' at the kills, integrity ok in $((ROUNDS - bad))/$ROUNDS rounds"
}
register crash 420

e2e_main "$@"

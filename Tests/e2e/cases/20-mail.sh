#!/usr/bin/env bash
# Mail-server faults: a relay that goes away for a minute, a relay that refuses one address.
source "$(dirname "$0")/../lib/common.sh"

open_notices() { q "SELECT count(*) FROM notices WHERE state IN ('queued','sending','failed')"; }
all_sent() { [ "$(open_notices)" -eq 0 ]; }
sink_lines() { wc -l <"$T/sink.log" 2>/dev/null || echo 0; }
sink_has() { [ "$(sink_lines)" -ge "$1" ]; }

# proves: the mail server down for 60 s in the middle of a 1,000-notice fan-out, then back: every notice delivered, none dead, the daemon's resident memory flat
case_mail_down() {
  local port plan down=${E2E_DOWN_SECONDS:-60}
  port=$(free_port)
  start_sink "$port" "$T/sink.log" --delay 0.02
  write_config smtp "$port"
  start_daemon
  plan=$(seed_fanout 1000 DOWN-1)
  post "/v1/plans/$plan/events" "{\"kind\":\"final_issued\",\"on\":\"$YESTERDAY\"}" >/dev/null
  wait_until 60 sink_has 200 || fail "the fan-out did not start"
  stop_sink
  local before_down rss0 rss_max hwm0 t
  before_down=$(sink_lines)
  rss0=$(rss_kib "$DPID"); rss_max=$rss0; hwm0=$(rss_kib "$DPID" VmHWM)
  log "mail server down after $before_down messages; daemon VmRSS ${rss0} KiB"
  for t in $(seq 1 $((down / 2))); do
    sleep 2
    local rss; rss=$(rss_kib "$DPID")
    [ "$rss" -le "$rss_max" ] || rss_max=$rss
  done
  local rss_down failed_during dead_during
  rss_down=$(rss_kib "$DPID")
  failed_during=$(q "SELECT count(*) FROM notices WHERE state IN ('failed','queued') AND attempts > 0")
  dead_during=$(q "SELECT count(*) FROM notices WHERE state = 'dead'")
  log "after ${down}s down: $failed_during notices waiting for a retry, $dead_during dead, VmRSS $rss_down KiB (max $rss_max)"
  expect_eq "no notice dead while the server is down" "$dead_during" 0
  expect "notices wait for a retry while the server is down ($failed_during)" test "$failed_during" -gt 0
  local up_at=$SECONDS
  start_sink "$port" "$T/sink.log" --delay 0.02
  wait_until 300 all_sent || fail "notices still open 300 s after the server came back: $(open_notices)"
  local drain=$((SECONDS - up_at))
  local rss_end hwm notices dead distinct max_attempts
  rss_end=$(rss_kib "$DPID"); hwm=$(rss_kib "$DPID" VmHWM)
  notices=$(q "SELECT count(*) FROM notices")
  dead=$(q "SELECT count(*) FROM notices WHERE state='dead'")
  max_attempts=$(q "SELECT max(attempts) FROM notices")
  distinct=$(cut -f1 "$T/sink.log" | sort -u | wc -l)
  expect_eq "no notice dead" "$dead" 0
  expect_eq "distinct Message-IDs delivered = notices" "$distinct" "$notices"
  expect "VmRSS flat while down: $rss0 -> $rss_down KiB (at most +10 MiB)" test $((rss_down - rss0)) -le 10240
  expect "VmRSS flat after recovery: $rss0 -> $rss_end KiB (at most +20 MiB)" test $((rss_end - rss0)) -le 20480
  figure "down ${down}s after $before_down of $notices; all $distinct delivered ${drain}s after it came back, 0 dead, attempts max $max_attempts, VmRSS $(mib "$rss0") -> $(mib "$rss_down") (down) -> $(mib "$rss_end") MiB, VmHWM $(mib "$hwm0") -> $(mib "$hwm") MiB"
}
register mail_down 480

# proves: a mail server that refuses one address with 550 makes that notice dead at once (listed by GET /v1/notices?state=dead, no retries) and delivers every other one
case_mail_refused() {
  local port plan refused=p7.refuse-1@example.org
  port=$(free_port)
  start_sink "$port" "$T/sink.log" --refuse "$refused"
  write_config smtp "$port"
  start_daemon
  plan=$(seed_fanout 120 REFUSE-1)
  post "/v1/plans/$plan/events" "{\"kind\":\"final_issued\",\"on\":\"$YESTERDAY\"}" >/dev/null
  wait_until 60 all_sent || fail "notices still open after 60 s: $(open_notices)"
  local notices dead sent api_dead attempts distinct
  notices=$(q "SELECT count(*) FROM notices")
  sent=$(q "SELECT count(*) FROM notices WHERE state='sent'")
  dead=$(q "SELECT group_concat(recipient) FROM notices WHERE state='dead'")
  attempts=$(q "SELECT attempts FROM notices WHERE state='dead'")
  distinct=$(cut -f1 "$T/sink.log" | sort -u | wc -l)
  expect_eq "the dead notices" "$dead" "$refused"
  expect_eq "attempts of the refused notice (permanent: no retry)" "$attempts" 1
  expect_eq "the others sent" "$sent" $((notices - 1))
  expect_eq "distinct Message-IDs delivered" "$distinct" $((notices - 1))
  expect_eq "GET /v1/notices?state=dead" "$(http "$READER" GET '/v1/notices?state=dead')" 200
  api_dead=$(jq -r '[.[] | .recipient] | join(",")' "$T/io/body" 2>/dev/null || body)
  expect_eq "GET /v1/notices?state=dead lists" "$api_dead" "$refused"
  local why; why=$(q "SELECT last_error FROM notices WHERE state='dead'")
  figure "$((notices - 1)) of $notices delivered, 1 dead after $attempts attempt ($why)"
}
register mail_refused 120

e2e_main "$@"

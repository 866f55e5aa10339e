#!/usr/bin/env bash
# Operator errors: a config that cannot work stops the daemon at once, saying which key or variable.
source "$(dirname "$0")/../lib/common.sh"

# proves: socket.path in a folder that does not exist makes the daemon exit 78 within a few seconds with stderr naming socket.path, and --check-config says so too
case_socket_folder() {
  write_config directory
  sed -i "s|  path: .*|  path: $T/missing/admin.sock|" "$CFG"
  local rc=0 start=$SECONDS
  timeout -k 5 15 "$DAEMON" --config "$CFG" >"$T/out" 2>"$T/err" || rc=$?
  local took=$((SECONDS - start))
  log "daemon: exit $rc after ${took}s: $(tail -n 3 "$T/err" | tr '\n' ' ')"
  [ "$rc" -ne 124 ] || fail "the daemon neither served nor exited within 15 s (stopped by SIGTERM)"
  [ "$rc" -ne 137 ] || fail "the daemon neither served nor exited within 15 s, and ignored SIGTERM (killed)"
  expect_eq "the daemon's exit status" "$rc" 78
  expect "its stderr names socket.path" grep -q "socket.path" "$T/err"
  local crc=0 cout
  cout=$(timeout -k 5 15 "$DAEMON" --check-config --config "$CFG" 2>&1) || crc=$?
  log "--check-config: exit $crc: $cout"
  expect "--check-config fails ($crc)" test "$crc" -ne 0
  expect "--check-config names socket.path" grep -q "socket.path" <<<"$cout"
  figure "daemon: exit $rc after ${took}s; --check-config: exit $crc: $(grep -m1 socket.path <<<"$cout" | sed "s|$T|\$T|" | cut -c1-120)"
}
register socket_folder 60

# proves: a bad value from an EHC_REVIEW_* variable is reported by --check-config under the variable's name, not as the file's
case_env_override_error() {
  write_config directory
  local rc=0 out
  out=$(EHC_REVIEW_MAIL_BATCH_SIZE=lots timeout -k 5 15 "$DAEMON" --check-config --config "$CFG" 2>&1) || rc=$?
  log "--check-config with EHC_REVIEW_MAIL_BATCH_SIZE=lots: exit $rc: $out"
  expect "--check-config fails ($rc)" test "$rc" -ne 0
  expect "the problem names EHC_REVIEW_MAIL_BATCH_SIZE" grep -q "EHC_REVIEW_MAIL_BATCH_SIZE" <<<"$out"
  figure "exit $rc: $(grep -m1 -i "batch" <<<"$out" | sed "s|$T|\$T|" | cut -c1-140)"
}
register env_override_error 30

e2e_main "$@"

#!/usr/bin/env bash
# The family's details (issue 15): only in the family's own messages, letters and the API — never in the
# daemon's log, the audit, or a professional's mail — through the real binaries and a real mail folder.
source "$(dirname "$0")/../lib/common.sh"

# The invented family: words that must appear nowhere but in the family's own messages and letters.
NAME_A="Zara Quillfeather" EMAIL_A="zara.quill@family.example"
NAME_B="Orrin Quillfeather" STREET_B="7 Wrenfield Close"
BAD_EMAIL="zara.quill.wrong@@family.example" BAD_NAME="Quillfeather-Mistake"

all_sent() { [ "$(q "SELECT count(*) FROM notices WHERE state IN ('queued','sending','failed')")" -eq 0 ]; }

# proves: a family's names, email and postal address — and a contact refused for a bad email — are nowhere in the daemon's log, the audit or any professional's message, while the family's own email and letter carry them
case_family_privacy() {
  write_config directory
  start_daemon
  local child plan pro meeting code
  child=$(post /v1/children '{"given_name":"Amira","family_name":"Quillfeather","date_of_birth":"2016-03-14"}')
  plan=$(post /v1/plans "{\"child_id\":$child,\"reference\":\"FAM-1\"}")
  pro=$(post /v1/professionals '{"name":"Sam Speech","email":"sam.speech@nhs.example","role":"speech_and_language_therapist"}')
  code=$(http root PUT "/v1/plans/$plan/contributors/$pro")
  expect_eq "the therapist joins the plan" "$code" 201
  post "/v1/children/$child/contacts" "{\"name\":\"$NAME_A\",\"relationship\":\"parent\",\"email\":\"$EMAIL_A\"}" >/dev/null
  "$CTL" contacts add --child "$child" --name "$NAME_B" --relationship parent \
    --postal-address "$STREET_B, Marshby, MB9 4QZ" --need large_print >/dev/null
  code=$(http root POST "/v1/children/$child/contacts" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$BAD_NAME\",\"relationship\":\"parent\",\"email\":\"$BAD_EMAIL\"}")
  expect_eq "a contact with a bad email is refused" "$code" 400
  expect "the refusal names the field email" grep -q '"email"' "$T/io/body"
  meeting=$(date -u -d '+6 weeks' +%F)
  post "/v1/plans/$plan/events" "{\"kind\":\"final_issued\",\"on\":\"$YESTERDAY\"}" >/dev/null
  post "/v1/plans/$plan/reviews" "{\"meeting_on\":\"$meeting\",\"starts_at\":\"10:00\",\"location\":\"Oak Room\"}" >/dev/null
  post "/v1/plans/$plan/events" "{\"kind\":\"amendment_proposed\",\"on\":\"$TODAY\"}" >/dev/null
  wait_until 30 all_sent || fail "notices still open after 30 s"
  local letters; letters=$(http root GET '/v1/letters?state=to_print')
  local letter_ids; letter_ids=$(jq -r '.[].id' "$T/io/body")
  expect "letters wait to be printed for the family without email ($(wc -w <<<"$letter_ids"))" test -n "$letter_ids"
  local id; : >"$T/letters.html"
  for id in $letter_ids; do http root GET "/v1/letters/$id" >/dev/null; cat "$T/io/body" >>"$T/letters.html"; done
  expect "the letters carry the family's address" grep -q "$STREET_B" "$T/letters.html"
  http root GET '/v1/audit?limit=500' >/dev/null; cp "$T/io/body" "$T/audit.json"
  stop_daemon
  # Every message in the mail folder, decoded, split by whether it went to the family.
  "$SYSPY" - "$T/state/mail" "$EMAIL_A" "$T" <<'PY'
import email, email.policy, pathlib, sys
folder, family, t = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
own, others = [], []
for path in sorted(folder.glob("*.eml")):
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    text = "To: " + str(message["To"]) + "\nSubject: " + str(message["Subject"]) + "\n"
    for part in message.walk():
        if part.get_content_maintype() == "text":
            text += part.get_content() + "\n"
    (own if family in str(message["To"]) else others).append(text)
(t / "family.txt").write_text("\n".join(own))
(t / "professionals.txt").write_text("\n".join(others))
print(len(own), len(others))
PY
  local to_family to_professionals
  to_family=$(grep -c "^To: .*$EMAIL_A" "$T/family.txt" || true)
  to_professionals=$(grep -c "^To: " "$T/professionals.txt" || true)
  expect "the family's own messages arrived ($to_family)" test "$to_family" -ge 3
  expect "the professionals' messages arrived ($to_professionals)" test "$to_professionals" -ge 3
  expect "the family's messages name them" grep -q "$NAME_A" "$T/family.txt"
  local word where leaks=0
  for word in "$NAME_A" "$EMAIL_A" "$NAME_B" "$STREET_B" "Marshby" "$BAD_EMAIL" "$BAD_NAME" "Zara" "Orrin"; do
    for where in daemon.log audit.json professionals.txt; do
      if grep -qF "$word" "$T/$where"; then fail "\"$word\" is in $where"; leaks=$((leaks + 1)); fi
    done
  done
  expect_eq "family details found in the log, the audit and professionals' mail" "$leaks" 0
  figure "$to_family messages to the family, $(wc -w <<<"$letter_ids") letters to print, $to_professionals to professionals; 9 family words searched in $(wc -l <"$T/daemon.log") log lines, the audit and the professionals' mail: $leaks found"
}
register family_privacy 90

e2e_main "$@"

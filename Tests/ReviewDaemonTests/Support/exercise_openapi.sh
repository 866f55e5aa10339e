#!/usr/bin/env bash
# Exercises every route of the admin API on a running daemon, answers and refusals, and writes each
# exchange as one JSON line to stdout, for check_openapi.py:
#
#   exercise_openapi.sh /tmp/demo/admin.sock > exchanges.jsonl
#   check_openapi.py docs/openapi.json exchanges.jsonl
#
# It WRITES (professionals, a child, plans, events, reviews, an import, an extra digest that is sent to
# digest.recipients): run it against a demo daemon only (ehc-reviewd --demo --demo-root DIR), as a caller
# who may write (root, or a member of socket.admin_group). Every name it adds is unique to the run, so it
# can be run again on the same database. A failed or dead notice, if the outbox has one, is retried (200);
# otherwise only the refusals of the retry route are exercised.
#
# Needs curl and python3. Progress and the ids it made go to stderr.
set -euo pipefail

SOCK=${1:?usage: exercise_openapi.sh SOCKET > exchanges.jsonl}
[ -S "$SOCK" ] || { echo "exercise_openapi.sh: $SOCK is not a socket" >&2; exit 2; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
RUN="$(date +%s)$$"

cat > "$TMP/emit.py" <<'PY'
import json, sys
method, route, status, ctype, head_file, body_file, request_file = sys.argv[1:8]
headers = {}
with open(head_file, encoding="latin-1") as f:
    for line in f:
        line = line.rstrip("\r\n")
        if line.upper().startswith("HTTP/"):
            headers = {}  # the last response's headers only
        elif ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
with open(body_file, "rb") as f:
    raw = f.read()
media = ctype.split(";", 1)[0].strip().lower()
body = None
if raw and (media == "application/json" or media.endswith("+json")):
    try:
        body = json.loads(raw)
    except ValueError:
        body = "<not JSON: %d bytes>" % len(raw)
keep = {k: v for k, v in headers.items() if k in ("link", "x-total-count", "allow", "content-disposition")}
line = {"method": method, "route": route, "status": int(status), "content_type": ctype or None, "body": body,
        "headers": keep}
if request_file:
    try:
        with open(request_file, "rb") as f:
            line["request_body"] = json.loads(f.read())
    except ValueError:
        pass
print(json.dumps(line, ensure_ascii=False, sort_keys=True))
PY

# ex METHOD ROUTE PATH [JSON_BODY|@FILE] [curl options...]: one exchange. ROUTE is the documented template;
# a body never starts with '-' (that is a curl option).
# A body starting with @ is sent from that file as text/csv unless a Content-Type is among the options.
ex() {
    local method=$1 route=$2 path=$3 body="" request_file=""
    shift 3
    if [ $# -gt 0 ] && [ "${1:0:1}" != "-" ]; then
        body=$1
        shift
    fi
    local args=(-sS --unix-socket "$SOCK" -X "$method" -D "$TMP/head" -o "$TMP/body"
                -w '%{http_code}\t%{content_type}')
    if [ -n "$body" ]; then
        if [ "${body:0:1}" = "@" ]; then
            args+=(--data-binary "$body")
            case " $* " in *"Content-Type"*) ;; *) args+=(-H 'Content-Type: text/csv') ;; esac
        else
            printf '%s' "$body" > "$TMP/request"
            request_file="$TMP/request"
            args+=(--data-binary "@$TMP/request" -H 'Content-Type: application/json')
        fi
    fi
    local out status ctype
    out=$(curl "${args[@]}" "$@" "http://localhost$path")
    status=${out%%$'\t'*}
    ctype=${out#*$'\t'}
    python3 "$TMP/emit.py" "$method" "$route" "$status" "$ctype" "$TMP/head" "$TMP/body" "$request_file"
    echo "$method $path -> $status" >&2
    cp "$TMP/body" "$TMP/last"
}

# last EXPR: a value of the last JSON answer, e.g. `last '["id"]'` or `last '[0]["id"]'`.
last() {
    python3 -c 'import json, sys; print(eval("json.load(open(sys.argv[1]))" + sys.argv[2]))' "$TMP/last" "$1"
}

# day N: the daemon's today plus N days.
day() {
    python3 -c 'import datetime, sys; print(datetime.date.fromisoformat(sys.argv[1]) + datetime.timedelta(days=int(sys.argv[2])))' "$TODAY" "$1"
}

# --------------------------------------------------------------------------------- status and metadata
ex GET /metrics /metrics
ex GET /v1/openapi.json /v1/openapi.json
ex GET /v1/status /v1/status
TODAY=$(last '["today"]')
ex GET /v1/audit '/v1/audit?limit=2'
ex GET /v1/audit "/v1/audit?before=$(last '[-1]["id"]')&limit=2"
ex GET /v1/audit '/v1/audit?before=0'

# --------------------------------------------------------------------------------- professionals
ex POST /v1/professionals /v1/professionals \
    "{\"name\":\"Tess Exercise $RUN\",\"email\":\"tess.$RUN@nhs.example\",\"role\":\"physiotherapist\"}"
PRO=$(last '["id"]')
ex POST /v1/professionals /v1/professionals \
    "{\"name\":\"Ravi Exercise $RUN\",\"email\":\"ravi.$RUN@council.example\",\"role\":\"sen_caseworker\",\"service\":\"education\",\"active\":true,\"daily_digest\":false}" \
    -H "Idempotency-Key: pro-$RUN"
PRO2=$(last '["id"]')
ex POST /v1/professionals /v1/professionals \
    "{\"name\":\"Ravi Exercise $RUN\",\"email\":\"ravi.$RUN@council.example\",\"role\":\"sen_caseworker\",\"service\":\"education\",\"active\":true,\"daily_digest\":false}" \
    -H "Idempotency-Key: pro-$RUN"
ex POST /v1/professionals /v1/professionals \
    "{\"name\":\"Someone Else $RUN\",\"email\":\"else.$RUN@council.example\",\"role\":\"senco\"}" \
    -H "Idempotency-Key: pro-$RUN"
ex POST /v1/professionals /v1/professionals \
    "{\"name\":\"Dup $RUN\",\"email\":\"tess.$RUN@nhs.example\",\"role\":\"physiotherapist\"}"
ex POST /v1/professionals /v1/professionals \
    "{\"name\":\"X\",\"email\":\"x.$RUN@nhs.example\",\"role\":\"physiotherapist\",\"phone\":\"1\"}"
ex POST /v1/professionals /v1/professionals \
    "{\"name\":\"X\",\"email\":\"x.$RUN@nhs.example\",\"role\":\"wizard\"}"
ex POST /v1/professionals /v1/professionals "{\"name\":\"X\",\"email\":\"not-an-email\",\"role\":\"senco\"}"
ex POST /v1/professionals /v1/professionals '{"email":"y@nhs.example","role":"senco"}'
ex POST /v1/professionals /v1/professionals "{\"name\":\"X\",\"email\":\"z.$RUN@nhs.example\",\"role\":\"senco\"}" \
    -H "Idempotency-Key: $(printf 'k%.0s' $(seq 201))"
head -c 1100000 /dev/zero | tr '\0' ' ' > "$TMP/big"
ex POST /v1/professionals /v1/professionals "@$TMP/big" -H 'Content-Type: application/json'
ex GET /v1/professionals '/v1/professionals?limit=2'
ex GET /v1/professionals "/v1/professionals?after=$PRO&limit=1000"
ex GET /v1/professionals '/v1/professionals?limit=0'
ex GET /v1/professionals '/v1/professionals?after=-1'
ex GET '/v1/professionals/{id}' "/v1/professionals/$PRO"
ex GET '/v1/professionals/{id}' /v1/professionals/999999999
ex GET '/v1/professionals/{id}' /v1/professionals/abc
ex PATCH '/v1/professionals/{id}' "/v1/professionals/$PRO2" '{"daily_digest":true,"name":"Ravi Patched"}'
ex PATCH '/v1/professionals/{id}' "/v1/professionals/$PRO2" "{\"email\":\"tess.$RUN@nhs.example\"}"
ex PATCH '/v1/professionals/{id}' "/v1/professionals/$PRO2" '{"nickname":"R"}'
ex PATCH '/v1/professionals/{id}' /v1/professionals/999999999 '{"active":false}'

# --------------------------------------------------------------------------------- children
ex POST /v1/children /v1/children \
    "{\"given_name\":\"Amira\",\"family_name\":\"Exercise$RUN\",\"date_of_birth\":\"$(day -3800)\"}"
CHILD=$(last '["id"]')
ex POST /v1/children /v1/children \
    "{\"given_name\":\"Noah\",\"family_name\":\"Exercise$RUN\",\"date_of_birth\":\"$(day -2500)\",\"year_group\":3}"
ex POST /v1/children /v1/children '{"given_name":"A","family_name":"B","date_of_birth":"2015-02-30"}'
ex POST /v1/children /v1/children "{\"given_name\":\"A\",\"family_name\":\"B\",\"date_of_birth\":\"$(day 1)\"}"
ex POST /v1/children /v1/children '{"given_name":"A\nB","family_name":"B","date_of_birth":"2015-02-03"}'
ex GET '/v1/children/{id}' "/v1/children/$CHILD"
ex GET '/v1/children/{id}' /v1/children/999999999

# --------------------------------------------------------------------------------- plans
ex POST /v1/plans /v1/plans \
    "{\"child_id\":$CHILD,\"reference\":\"EX-$RUN\",\"next_transfer\":{\"kind\":\"primary_to_secondary\",\"on\":\"$(day 300)\"}}"
PLAN=$(last '["id"]')
ex POST /v1/plans /v1/plans "{\"child_id\":$CHILD,\"reference\":\"EX-$RUN-B\"}" -H "Idempotency-Key: plan-$RUN"
PLAN2=$(last '["id"]')
ex POST /v1/plans /v1/plans "{\"child_id\":999999999,\"reference\":\"EX-$RUN-C\"}"
ex POST /v1/plans /v1/plans "{\"child_id\":$CHILD,\"reference\":\"EX-$RUN\"}"
ex POST /v1/plans /v1/plans \
    "{\"child_id\":$CHILD,\"reference\":\"EX-$RUN-D\",\"next_transfer\":{\"kind\":\"primary_to_secondary\",\"on\":\"$(day 300)\",\"at\":1}}"
ex POST /v1/plans /v1/plans '[1,2]'
ex POST /v1/plans /v1/plans 'not json'
ex GET /v1/plans '/v1/plans?limit=2'
ex GET /v1/plans "/v1/plans?after=$PLAN2"
ex GET '/v1/plans/{id}' "/v1/plans/$PLAN"
ex GET '/v1/plans/{id}' /v1/plans/999999999

# --------------------------------------------------------------------------------- contributors
ex PUT '/v1/plans/{id}/contributors/{professional_id}' "/v1/plans/$PLAN/contributors/$PRO"
ex PUT '/v1/plans/{id}/contributors/{professional_id}' "/v1/plans/$PLAN/contributors/$PRO"
ex PUT '/v1/plans/{id}/contributors/{professional_id}' "/v1/plans/$PLAN/contributors/$PRO2" -H "Idempotency-Key: put-$RUN"
ex PUT '/v1/plans/{id}/contributors/{professional_id}' "/v1/plans/$PLAN/contributors/999999999"
ex PUT '/v1/plans/{id}/contributors/{professional_id}' "/v1/plans/999999999/contributors/$PRO"
ex GET '/v1/plans/{id}/contributors' "/v1/plans/$PLAN/contributors"
ex GET '/v1/plans/{id}/contributors' /v1/plans/999999999/contributors

# --------------------------------------------------------------------------------- events
ex POST '/v1/plans/{id}/events' "/v1/plans/$PLAN/events" "{\"kind\":\"draft_issued\",\"on\":\"$(day -420)\"}"
ex POST '/v1/plans/{id}/events' "/v1/plans/$PLAN/events" "{\"kind\":\"final_issued\",\"on\":\"$(day -400)\"}" \
    -H "Idempotency-Key: final-$RUN"
ex POST '/v1/plans/{id}/events' "/v1/plans/$PLAN/events" "{\"kind\":\"final_issued\",\"on\":\"$(day -390)\"}"
ex POST '/v1/plans/{id}/events' "/v1/plans/$PLAN/events" "{\"kind\":\"amendment_proposed\",\"on\":\"$(day 2)\"}"
ex POST '/v1/plans/{id}/events' "/v1/plans/$PLAN/events" '{"kind":"withdrawn","on":"2025-01-01"}'
ex POST '/v1/plans/{id}/events' /v1/plans/999999999/events '{"kind":"ceased","on":"2025-01-01"}'

# --------------------------------------------------------------------------------- reviews
ex POST '/v1/plans/{id}/reviews' "/v1/plans/$PLAN/reviews" "{\"meeting_on\":\"$(day -30)\"}"
REVIEW=$(last '["id"]')
ex POST '/v1/plans/{id}/reviews' "/v1/plans/$PLAN/reviews" "{\"meeting_on\":\"$(day 20)\"}"
REVIEW2=$(last '["id"]')
ex POST '/v1/plans/{id}/reviews' "/v1/plans/$PLAN2/reviews" "{\"meeting_on\":\"$(day 20)\"}"
ex POST '/v1/plans/{id}/reviews' "/v1/plans/$PLAN/reviews" "{\"meeting_date\":\"$(day 20)\"}"
ex POST '/v1/plans/{id}/reviews' /v1/plans/999999999/reviews "{\"meeting_on\":\"$(day 20)\"}"
ex POST '/v1/reviews/{id}/steps' "/v1/reviews/$REVIEW/steps" "{\"step\":\"invitations_sent\",\"on\":\"$(day -60)\"}"
ex POST '/v1/reviews/{id}/steps' "/v1/reviews/$REVIEW/steps" \
    "{\"step\":\"advice_received\",\"on\":\"$(day -40)\",\"professional_id\":$PRO}" -H "Idempotency-Key: step-$RUN"
ex POST '/v1/reviews/{id}/steps' "/v1/reviews/$REVIEW/steps" \
    "{\"step\":\"advice_received\",\"on\":\"$(day -40)\",\"professional_id\":$PRO}" -H "Idempotency-Key: step-$RUN"
ex POST '/v1/reviews/{id}/steps' "/v1/reviews/$REVIEW/steps" "{\"step\":\"meeting_held\",\"on\":\"$(day -30)\"}"
ex POST '/v1/reviews/{id}/steps' "/v1/reviews/$REVIEW/steps" "{\"step\":\"meeting_held\",\"on\":\"$(day -30)\"}"
ex POST '/v1/reviews/{id}/steps' "/v1/reviews/$REVIEW/steps" "{\"step\":\"decision_issued\",\"on\":\"$(day -10)\"}"
ex POST '/v1/reviews/{id}/steps' "/v1/reviews/$REVIEW/steps" \
    "{\"step\":\"views_received\",\"on\":\"$(day -35)\",\"professional_id\":999999999}"
ex POST '/v1/reviews/{id}/steps' "/v1/reviews/$REVIEW/steps" "{\"step\":\"report_sent\",\"on\":\"$(day -20)\"}"
ex POST '/v1/reviews/{id}/steps' "/v1/reviews/$REVIEW/steps" \
    "{\"step\":\"decision_issued\",\"on\":\"$(day -10)\",\"decision\":\"amend\"}"
ex POST '/v1/reviews/{id}/steps' /v1/reviews/999999999/steps "{\"step\":\"meeting_held\",\"on\":\"$(day -1)\"}"
ex POST '/v1/reviews/{id}/cancel' "/v1/reviews/$REVIEW2/cancel" "{\"on\":\"$(day 1)\"}"
ex POST '/v1/reviews/{id}/cancel' "/v1/reviews/$REVIEW2/cancel" "{\"on\":\"$(day -1)\"}"
ex POST '/v1/reviews/{id}/cancel' "/v1/reviews/$REVIEW2/cancel"
ex POST '/v1/reviews/{id}/cancel' "/v1/reviews/$REVIEW2/cancel" "{\"on\":\"$TODAY\"}"
ex POST '/v1/reviews/{id}/cancel' "/v1/reviews/$REVIEW/cancel" '{}'
ex POST '/v1/reviews/{id}/steps' "/v1/reviews/$REVIEW2/steps" "{\"step\":\"invitations_sent\",\"on\":\"$TODAY\"}"
ex POST '/v1/reviews/{id}/cancel' /v1/reviews/999999999/cancel

# --------------------------------------------------------------------------------- deadlines, distribution
ex GET '/v1/plans/{id}/deadlines' "/v1/plans/$PLAN/deadlines"
ex GET '/v1/plans/{id}/deadlines' "/v1/plans/$PLAN/deadlines?as_of=$(day -200)"
ex GET '/v1/plans/{id}/deadlines' "/v1/plans/$PLAN/deadlines?as_of=2025-13-01"
ex GET '/v1/plans/{id}/deadlines' /v1/plans/999999999/deadlines
ex GET '/v1/plans/{id}/distribution' "/v1/plans/$PLAN/distribution"
ex GET '/v1/plans/{id}/distribution' /v1/plans/1/distribution
ex GET '/v1/plans/{id}/distribution' /v1/plans/999999999/distribution
ex GET /v1/deadlines '/v1/deadlines?limit=2'
ex GET /v1/deadlines "/v1/deadlines?state=late&as_of=$TODAY&limit=1000&offset=1"
ex GET /v1/deadlines '/v1/deadlines?state=done'
ex GET /v1/deadlines '/v1/deadlines?offset=-1'
ex GET /v1/deadlines '/v1/deadlines?as_of=yesterday'

# --------------------------------------------------------------------------------- outbox, digest
ex GET /v1/notices '/v1/notices?limit=2'
SENT=$(last '[0]["id"]')
ex GET /v1/notices '/v1/notices?state=sent&limit=1000'
ex GET /v1/notices '/v1/notices?state=bogus'
for state in failed dead; do
    ex GET /v1/notices "/v1/notices?state=$state&limit=1"
    RETRY=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d[0]["id"] if d else "")' "$TMP/last")
    if [ -n "$RETRY" ]; then
        ex POST '/v1/notices/{id}/retry' "/v1/notices/$RETRY/retry"
    fi
done
ex POST '/v1/notices/{id}/retry' "/v1/notices/$SENT/retry"
ex POST '/v1/notices/{id}/retry' /v1/notices/999999999/retry
ex POST /v1/digest/run /v1/digest/run '{"dry_run":true}'
ex POST /v1/digest/run /v1/digest/run "{\"dry_run\":true,\"date\":\"$(day 7)\"}"
ex POST /v1/digest/run /v1/digest/run
ex POST /v1/digest/run /v1/digest/run "{\"dry_run\":false,\"date\":\"$TODAY\"}" -H "Idempotency-Key: digest-$RUN"
ex POST /v1/digest/run /v1/digest/run "{\"dry_run\":true,\"date\":\"$TODAY\"}" -H "Idempotency-Key: digest-$RUN"
ex POST /v1/digest/run /v1/digest/run '{"dry_run":"yes"}'

# --------------------------------------------------------------------------------- import
printf 'email,name,role,service,active,daily_digest\r\nimp1.%s@nhs.example,Imp One,Physiotherapist,,yes,no\r\nimp2.%s@council.example,Imp Two,SEN caseworker,,yes,yes\r\n' \
    "$RUN" "$RUN" > "$TMP/professionals.csv"
printf 'email,name,role\nbad-address,Bad Row,wizard\n' > "$TMP/bad.csv"
ex POST '/v1/import/{kind}' '/v1/import/professionals?dry_run=true' "@$TMP/professionals.csv"
ex POST '/v1/import/{kind}' '/v1/import/professionals' "@$TMP/professionals.csv"
ex POST '/v1/import/{kind}' '/v1/import/professionals?dry_run=0' "@$TMP/professionals.csv"
ex POST '/v1/import/{kind}' '/v1/import/professionals' "@$TMP/bad.csv"
ex POST '/v1/import/{kind}' '/v1/import/plans?dry_run=yes' "@$TMP/bad.csv"
ex POST '/v1/import/{kind}' '/v1/import/widgets' "@$TMP/professionals.csv"
ex POST '/v1/import/{kind}' '/v1/import/professionals?dry_run=maybe' "@$TMP/professionals.csv"

# --------------------------------------------------------------------------------- export
ex GET /v1/export/late /v1/export/late
ex GET /v1/export/late "/v1/export/late?as_of=$(day -365)"
ex GET /v1/export/late '/v1/export/late?as_of=2025-02-29'
YEAR=${TODAY:0:4}
ex GET /v1/export/sen2-reviews "/v1/export/sen2-reviews?year=$((YEAR - 1))"
ex GET /v1/export/sen2-reviews "/v1/export/sen2-reviews?year=$((YEAR - 1))&census_date=$YEAR-01-20"
ex GET /v1/export/sen2-reviews /v1/export/sen2-reviews
ex GET /v1/export/sen2-reviews '/v1/export/sen2-reviews?year=1999'
ex GET /v1/export/sen2-reviews "/v1/export/sen2-reviews?year=$((YEAR - 1))&census_date=$YEAR-02-01"
ex GET /v1/export/sen2-reviews/figures "/v1/export/sen2-reviews/figures?year=$((YEAR - 1))"
ex GET /v1/export/sen2-reviews/figures '/v1/export/sen2-reviews/figures?year=twenty'

# --------------------------------------------------------------------------------- removing a contributor
ex DELETE '/v1/plans/{id}/contributors/{professional_id}' "/v1/plans/$PLAN/contributors/$PRO2" \
    -H "Idempotency-Key: del-$RUN"
ex DELETE '/v1/plans/{id}/contributors/{professional_id}' "/v1/plans/$PLAN/contributors/$PRO2" \
    -H "Idempotency-Key: del-$RUN"
ex DELETE '/v1/plans/{id}/contributors/{professional_id}' "/v1/plans/$PLAN/contributors/$PRO2"
ex DELETE '/v1/plans/{id}/contributors/{professional_id}' "/v1/plans/999999999/contributors/$PRO2"
# The same key for another request: 422, never the other request's answer.
ex DELETE '/v1/plans/{id}/contributors/{professional_id}' "/v1/plans/$PLAN/contributors/$PRO" \
    -H "Idempotency-Key: final-$RUN"

# --------------------------------------------------------------------------------- a method a path is not served with
ex DELETE '/v1/plans/{id}' "/v1/plans/$PLAN"
ex GET /v1/digest/run /v1/digest/run

echo "exercise_openapi.sh: done (professionals $PRO $PRO2, child $CHILD, plans $PLAN $PLAN2, reviews $REVIEW $REVIEW2)" >&2

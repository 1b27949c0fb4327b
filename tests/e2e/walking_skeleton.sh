#!/usr/bin/env bash
# A customer and a visit travel from rep A's offline replica through crm-server and
# PostgreSQL to A's second device and A's manager, and to nobody else.
# Usage: walking_skeleton.sh CRM_ADMIN CRM_SERVER CRM_SYNC
CRM_ADMIN="$1" CRM_SERVER="$2" CRM_SYNC="$3"
. "$(dirname "$0")/lib.sh"

step "migrate twice (idempotent) and build an org: HQ -> Team A, Team B"
new_db
admin migrate >/dev/null
admin migrate >/dev/null
admin unit add "HQ" >/dev/null
admin unit add "Team A" --parent "HQ" >/dev/null
admin unit add "Team B" --parent "HQ" >/dev/null
for u in "repa rep Team A" "repb rep Team B" "mgra manager Team A"; do
  read -r login role unit1 unit2 <<<"$u"
  echo secret | admin user add "$login" --role "$role" --unit "$unit1 $unit2" --password-stdin >/dev/null
done
expect_fail "unknown unit" admin unit add "Team C" --parent "Nowhere"
expect_fail "bad role" bash -c "echo x | '$CRM_ADMIN' --db '$E2E_CONNINFO' user add z --role boss --unit HQ --password-stdin"

step "everyone signs in once"
start_server
for r in "a1 repa" "a2 repa" "b repb" "m mgra"; do login $r; done
expect_fail "wrong password" bash -c "echo nope | '$CRM_SYNC' --replica '$E2E_TMP/x.sqlite' login --server '$E2E_SERVER_URL' --user repa --password-stdin"

step "rep A records a customer and a visit while the server is down"
stop_server
customer="$(sync_cli a1 create customer --set name="上海明远贸易有限公司" --set kind=company --set lifecycle=potential \
  --set phone="+86 21 5555 0101" --set latitude=31.2304 --set longitude=121.4737 --set tags=vip,east)"
visit="$(sync_cli a1 create visit --set customer_id="$customer" --set check_in_at=2026-11-23T09:30:00Z \
  --set check_in_latitude=31.2305 --set check_in_longitude=121.4736 --set check_in_accuracy=12 \
  --set purpose="Product demo" --set outcome="Interested" --set next_step="Send quote")"
sync_cli a1 status | grep -q "pending:     2" || fail "expected 2 pending changes"
expect_fail "sync while the server is down" sync_cli a1 sync
expect_fail "invalid field offline" sync_cli a1 create customer --set name=X --set kind=alien --set lifecycle=active
expect_fail "unknown field offline" sync_cli a1 update customer "$customer" --set salary=1

step "the server comes back: rep A syncs"
start_server
sync_cli a1 sync
sync_cli a1 status | grep -q "pending:     0" || fail "outbox not empty after sync"
sync_cli a1 sync >/dev/null   # a second sync is a no-op

step "A's second device and A's manager see both; rep B sees neither"
for r in a2 b m; do sync_cli "$r" sync >/dev/null; done
for r in a1 a2 m; do
  sync_cli "$r" dump | jq -e --arg c "$customer" --arg v "$visit" \
    '(.customer | map(.id) | index($c)) != null and (.visit | map(.id) | index($v)) != null' >/dev/null \
    || fail "replica $r lacks the customer or the visit"
done
sync_cli b dump | jq -e '(.customer | length) == 0 and (.visit | length) == 0' >/dev/null || fail "rep B sees A's records"
sync_cli a2 dump | jq -e --arg c "$customer" '.customer[] | select(.id == $c) | .name == "上海明远贸易有限公司" and .tags == ["vip","east"]' >/dev/null \
  || fail "customer fields did not survive the trip"

step "every replica equals crm-admin dump --as its user"
expect_equal_dumps a1 repa
expect_equal_dumps a2 repa
expect_equal_dumps b repb
expect_equal_dumps m mgra

step "rep B forges an update of A's customer: rejected, nothing changes"
before="$(admin dump --as mgra)"
token_b="$(sqlite3 "$E2E_TMP/b.sqlite" "SELECT json_extract(value, '$.token') FROM meta WHERE key='session'")"
device_b="$(sqlite3 "$E2E_TMP/b.sqlite" "SELECT value FROM meta WHERE key='device_id'")"
answer="$(curl -sS -X POST "$E2E_SERVER_URL/v1/sync/push" -H "X-CRM-Protocol: 1" -H "Authorization: Bearer $token_b" \
  -H "Content-Type: application/json" \
  -d "{\"device_id\":\"$device_b\",\"mutations\":[{\"seq\":900,\"entity\":\"customer\",\"id\":\"$customer\",\"op\":\"update\",\"fields\":{\"phone\":\"666\"},\"base_versions\":{},\"hlc\":\"\"}]}")"
jq -e '.verdicts[0].status == "rejected" and .verdicts[0].code == "not_found"' <<<"$answer" >/dev/null \
  || fail "forged update not rejected as not_found: $answer"
# The same forgery through B's own replica outbox surfaces as a sync issue on B's device.
sqlite3 "$E2E_TMP/b.sqlite" "INSERT INTO outbox VALUES (901, 'customer', '$customer', 'update', '{\"phone\":\"777\"}', '{}', '', '2026-11-23T10:00:00.000Z')"
sync_cli b sync >/dev/null
sync_cli b status | grep -q "not_found" || fail "rejected forgery not listed as a sync issue"
[ "$(admin dump --as mgra)" = "$before" ] || fail "the forged update changed the server"
expect_equal_dumps b repb

echo "walking skeleton: all checks passed"

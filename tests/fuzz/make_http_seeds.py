#!/usr/bin/env python3
"""Writes the seed corpus of http_request_fuzz (tests/fuzz/corpus/http_request_fuzz/): one real
request per route of server/openapi.json (and a few pipelined / malformed ones), with
$TOKEN_REP / $TOKEN_REP2 / $TOKEN_MGR / $TOKEN_HQ where a bearer token goes (the harness
substitutes them). Re-run after adding a route:  python3 tests/fuzz/make_http_seeds.py"""
import json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "http_request_fuzz")
REP_DEVICE = "00000000-0000-4000-8000-0000000000b1"  # the device of $TOKEN_REP (see the harness)
CUSTOMER = "11111111-1111-4111-8111-111111111111"
VISIT = "22222222-2222-4222-8222-222222222222"


def request(method, target, body=None, token=None, extra=()):
    head = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", "X-CRM-Protocol: 1"]
    if token:
        head.append(f"Authorization: Bearer {token}")
    head.extend(extra)
    data = b""
    if body is not None:
        data = (body if isinstance(body, str) else json.dumps(body, separators=(",", ":"))).encode()
        head += ["Content-Type: application/json", f"Content-Length: {len(data)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + data


customer = {"seq": 1, "entity": "customer", "id": CUSTOMER, "op": "create",
            "fields": {"name": "Fuzz Ltd", "kind": "company", "lifecycle": "active", "phone": "+86 21 5555 0000"},
            "hlc": "1795443317000-000001-" + REP_DEVICE}
visit = {"seq": 2, "entity": "visit", "id": VISIT, "op": "create",
         "fields": {"customer_id": CUSTOMER, "purpose": "fuzz", "check_in_at": "2026-11-23T09:30:00.000Z",
                    "outcome": "ok"}, "hlc": "1795443317001-000000-" + REP_DEVICE}
update = {"seq": 3, "entity": "customer", "id": CUSTOMER, "op": "update", "fields": {"phone": "+86 21 5555 0001"},
          "base_versions": {"phone": 1}, "hlc": "1795443317002-000000-" + REP_DEVICE}
delete = {"seq": 4, "entity": "visit", "id": VISIT, "op": "delete", "hlc": "1795443317003-000000-" + REP_DEVICE}
R, R2, M, H = "$TOKEN_REP", "$TOKEN_REP2", "$TOKEN_MGR", "$TOKEN_HQ"
UUID0 = "33333333-3333-4333-8333-333333333333"

seeds = {
    "health": request("GET", "/v1/health"),
    "ready": request("GET", "/v1/ready"),
    "openapi": request("GET", "/v1/openapi.json"),
    "metrics": request("GET", "/metrics"),
    "login": request("POST", "/v1/auth/login", {"login": "rep1", "password": "pw", "device_id": UUID0}),
    "login_wrong": request("POST", "/v1/auth/login", {"login": "rep1", "password": "nope", "device_id": UUID0}),
    "password": request("POST", "/v1/password", {"current_password": "pw", "new_password": "a much longer pw"}, R2),
    "push_create": request("POST", "/v1/sync/push", {"device_id": REP_DEVICE, "mutations": [customer, visit]}, R),
    "push_update_delete": request("POST", "/v1/sync/push", {"device_id": REP_DEVICE, "mutations": [update, delete]}, R),
    "push_other_device": request("POST", "/v1/sync/push", {"device_id": UUID0, "mutations": [customer]}, R),
    "pull": request("GET", "/v1/sync/pull?cursor=0&limit=50", token=R),
    "pull_scope": request("GET", "/v1/sync/pull?cursor=0&limit=2&scope=0", token=M),
    "live_upgrade": request("GET", "/v1/live", token=R, extra=(
        "Connection: Upgrade", "Upgrade: websocket", "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==")),
    "live_plain": request("GET", "/v1/live", token=R),
    "audit": request("GET", "/v1/audit?since=2026-01-01T00:00:00Z&limit=10&action=user.deactivate", token=H),
    "directory": request("GET", "/v1/directory", token=M),
    "conflicts": request("GET", "/v1/conflicts?status=open&entity=customer&limit=5", token=M),
    "conflicts_reapply": request("POST", "/v1/conflicts/reapply", {"conflict_id": 1}, M),
    "conflicts_dismiss": request("POST", "/v1/conflicts/dismiss", {"conflict_id": 1}, M),
    "users_deactivate": request("POST", "/v1/users/deactivate", {"login": "rep2", "reassign_to": "rep1"}, H),
    "users_reactivate": request("POST", "/v1/users/reactivate", {"login": "rep2"}, H),
    "users_move": request("POST", "/v1/users/move", {"login": "rep2", "unit": "North Team"}, H),
    "users_add": request("POST", "/v1/users/add", {"login": "rep9", "role": "rep", "unit": "North Team",
                                                    "display_name": "Rep Nine", "password": "long enough pw"}, H),
    "units_move": request("POST", "/v1/units/move", {"unit": "South Team", "parent": "North Team"}, H),
    "units_add": request("POST", "/v1/units/add", {"name": "East Team", "parent": "Headquarters"}, H),
    "org_devices": request("GET", "/v1/org/devices", token=H),
    "report_funnel": request("GET", "/v1/reports/funnel?from=2026-01-01&to=2026-12-31", token=M),
    "report_visits": request("GET", "/v1/reports/visits?from=2026-11-01&to=2026-11-30&unit=" + UUID0, token=H),
    "report_lifecycle": request("GET", "/v1/reports/lifecycle?user=" + UUID0, token=M),
    "report_targets": request("GET", "/v1/reports/targets?month=2026-12", token=M),
    "rescore": request("POST", "/v1/reports/rescore", {}, H),
    "targets_set": request("POST", "/v1/targets/set", {"month": "2026-12", "user_id": UUID0, "metric": "visits",
                                                        "value": 20}, M),
    "leads_pools": request("GET", "/v1/leads/pools", token=H),
    "leads_assign": request("POST", "/v1/leads/assign", {"lead_ids": [UUID0], "owner": UUID0}, H),
    "duplicates": request("GET", "/v1/duplicates?entity=customer", token=H),
    "merge": request("POST", "/v1/merge", {"entity": "customer", "survivor_id": CUSTOMER, "duplicate_ids": [UUID0]}, H),
    "merge_undo": request("POST", "/v1/merge/undo", {"merge_id": 1}, H),
    "merges": request("GET", "/v1/merges", token=H),
    # The session's own paths: pipelining, keep-alive, close, limits, bad framing.
    "push_then_update": request("POST", "/v1/sync/push", {"device_id": REP_DEVICE, "mutations": [customer]}, R) +
                        request("POST", "/v1/sync/push", {"device_id": REP_DEVICE, "mutations": [update, visit]}, R),
    "pipelined": request("GET", "/v1/health") + request("GET", "/v1/sync/pull?cursor=0", token=R) +
                 request("POST", "/v1/sync/push", {"device_id": REP_DEVICE, "mutations": [update]}, R),
    "close_then_more": request("GET", "/v1/directory", token=R, extra=("Connection: close",)) + request("GET", "/v1/health"),
    "http10": b"GET /v1/health HTTP/1.0\r\n\r\n",
    "chunked_push": (b"POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nX-CRM-Protocol: 1\r\nAuthorization: Bearer $TOKEN_REP\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n5\r\n{\"dev\r\n0\r\n\r\n"),
    "no_protocol": b"GET /v1/sync/pull HTTP/1.1\r\nAuthorization: Bearer $TOKEN_REP\r\n\r\n",
    "bad_token": request("GET", "/v1/directory", token="0123"),
    "unknown_route": request("DELETE", "/v1/nothing/here?x=%zz"),
    "huge_length": b"POST /v1/auth/login HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n{}",
    "truncated_body": b"POST /v1/auth/login HTTP/1.1\r\nX-CRM-Protocol: 1\r\nContent-Length: 40\r\n\r\n{\"login\":",
}

os.makedirs(OUT, exist_ok=True)
for name, data in seeds.items():
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
print(f"{len(seeds)} seeds in {OUT}")

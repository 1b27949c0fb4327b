#include "crm/sync/sync_client.h"

#include <algorithm>
#include <future>
#include <thread>

namespace crm::sync {
namespace {

constexpr std::size_t kPushBatch = 100;

Result<nlohmann::json> expect_ok(const Result<HttpResponse>& response) {
    if (!response) return response.error();
    if (response->status != 200) return parse_error_body(response->body, response->status);
    auto body = parse_json(response->body);
    if (!body) return Error{"bad_response", "the server sent a malformed answer: " + body.error().message};
    return body;
}

}  // namespace

std::string SyncProgress::describe() const {
    if (phase == Phase::push)
        return "pushed " + std::to_string(pushed) + " of " + std::to_string(push_total) + " changes";
    return "received " + std::to_string(pulled) + " records (" + std::to_string(pages) +
           (pages == 1 ? " page)" : " pages)");
}

SyncClient::SyncClient(Replica& replica, Transport& transport) : replica_(replica), transport_(transport) {}

Error SyncClient::signed_out_if_refused(const Error& error) {
    if (error.code == kDeactivatedCode) {
        // No customer data leaves with a departed user: the whole replica goes.
        replica_.wipe();
        return Error{kDeactivatedCode, "this account was deactivated; the data on this device was removed"};
    }
    if (error.code != "unauthorized" && error.code != "token_expired" && error.code != "token_revoked") return error;
    // Keep the data and the outbox: only the token is dead; signing in again resumes.
    auto session = *replica_.session();
    session.token.clear();
    replica_.set_session(session);
    return Error{"signed_out", "the server no longer accepts this sign-in: " + error.message};
}

Result<HttpResponse> SyncClient::call(const HttpRequest& request) {
    for (int attempt = 1;; ++attempt) {
        auto response = transport_.send(request);
        if (!response || !response->retry_after_seconds || (response->status != 503 && response->status != 429))
            return response;
        const std::chrono::seconds wait{*response->retry_after_seconds};
        // A rate limit (429) is never retried: trying again only prolongs it.
        const bool retry = response->status == 503 && attempt < retry_policy.max_attempts &&
                           waited_ + wait <= retry_policy.max_total_wait;
        if (retry) {
            waited_ += wait;
            const bool waited = wait_before_retry ? wait_before_retry(wait)
                                                  : (std::this_thread::sleep_for(wait), true);
            if (waited) continue;
        }
        retry_after_ = wait;
        return response;
    }
}

Error SyncClient::with_retry_hint(Error error) const {
    if (retry_after_)
        error.message += " (try again in " + std::to_string(retry_after_->count()) + " s)";
    return error;
}

Result<UserInfo> SyncClient::login(const std::string& server_url, const std::string& login,
                                   const std::string& password) {
    retry_after_.reset();
    waited_ = std::chrono::seconds{0};
    auto body = expect_ok(call({"POST", "/v1/auth/login", to_json(LoginRequest{login, password, replica_.device_id()}).dump(), ""}));
    if (!body && body.error().code == kDeviceTakenCode) {
        // The id is another user's (a phone handed on): a fresh one, once.
        if (auto renewed = replica_.renew_device_id(); !renewed) return renewed.error();
        body = expect_ok(call({"POST", "/v1/auth/login", to_json(LoginRequest{login, password, replica_.device_id()}).dump(), ""}));
    }
    if (!body) return body.error();
    auto response = decode_login_response(*body);
    if (!response) return Error{"bad_response", response.error().message};

    auto previous = replica_.session();
    if (previous && previous->user.id != response->user.id) {
        if (replica_.pending_count() > 0)
            return Error{"pending_changes", "this device holds " + std::to_string(replica_.pending_count()) +
                                                " unsynced changes of another user; sync them first"};
        replica_.wipe();
    }
    replica_.set_session(Session{server_url, response->token, response->user});
    return response->user;
}

Result<SyncReport> SyncClient::sync() {
    if (!replica_.session() || replica_.session()->token.empty())
        return Error{"signed_out", "not signed in: run login first"};
    retry_after_.reset();
    waited_ = std::chrono::seconds{0};
    SyncReport report;
    Status status = push(report);
    if (status) status = pull(report);
    if (status) status = refresh_directory();
    if (!status) status = with_retry_hint(status.error());
    else retry_after_.reset();
    replica_.record_sync_result(status ? "ok" : status.error().message);
    if (!status) return status.error();
    return report;
}

Status SyncClient::refresh_directory() {
    auto response = call({"GET", "/v1/directory", "", replica_.session()->token});
    if (!response) return response.error();
    if (response->status == 404) return ok_status();  // a server from before issue 5
    auto body = expect_ok(response);
    if (!body) return signed_out_if_refused(body.error());
    if (!body->is_object() || !body->contains("users") || !(*body)["users"].is_array())
        return Error{"bad_response", "the directory answer has no users list"};
    replica_.set_document("directory", *body);
    return ok_status();
}

void SyncClient::report_progress(const SyncProgress& progress) const {
    if (on_progress) on_progress(progress);
}

Status SyncClient::push(SyncReport& report) {
    SyncProgress progress;
    progress.push_total = static_cast<int>(replica_.pending_count());
    for (;;) {
        const auto batch = replica_.pending_mutations(kPushBatch);
        if (batch.empty()) return ok_status();
        PushRequest request{replica_.device_id(), batch};
        auto body = expect_ok(call({"POST", "/v1/sync/push", to_json(request).dump(), replica_.session()->token}));
        if (!body) return signed_out_if_refused(body.error());
        auto response = decode_push_response(*body);
        if (!response) return Error{"bad_response", response.error().message};
        if (response->verdicts.size() != batch.size())
            return Error{"bad_response", "the server answered a different number of verdicts than mutations sent"};
        replica_.apply_verdicts(batch, *response);
        report.pushed += static_cast<int>(batch.size());
        for (const auto& v : response->verdicts) {
            const VerdictStatus outcome = first_outcome(v);
            if (v.code == kOutOfScopeCode) ++report.moved;
            else if (outcome == VerdictStatus::rejected) ++report.rejected;
            else if (outcome == VerdictStatus::merged) ++report.merged;
            else ++report.applied;
        }
        progress.pushed = report.pushed;
        // Edits made while the push runs join the outbox: the total grows with them.
        progress.push_total = std::max(progress.push_total, progress.pushed);
        report_progress(progress);
    }
}

Result<PullResponse> SyncClient::fetch_page(const std::string& token, std::int64_t cursor, std::int64_t scope) {
    const std::string target = "/v1/sync/pull?cursor=" + std::to_string(cursor) +
                               "&limit=" + std::to_string(kMaxPullLimit) + "&scope=" + std::to_string(scope);
    auto body = expect_ok(call({"GET", target, "", token}));
    if (!body) return body.error();
    auto page = decode_pull_response(*body);
    if (!page) return Error{"bad_response", page.error().message};
    return page;
}

Status SyncClient::pull(SyncReport& report) {
    const std::string token = replica_.session()->token;
    auto fetch = [this, token](std::int64_t cursor, std::int64_t scope) { return fetch_page(token, cursor, scope); };
    // While one page is written to SQLite the next one is already on its way (one request in
    // flight at a time; the replica is only touched from this thread).
    auto next = std::async(std::launch::async, fetch, replica_.cursor(), replica_.scope_epoch());
    SyncProgress progress;
    progress.phase = SyncProgress::Phase::pull;
    for (;;) {
        auto page = next.get();
        if (!page) return signed_out_if_refused(page.error());
        if (page->has_more) next = std::async(std::launch::async, fetch, page->cursor, page->scope_epoch);
        replica_.apply_pull(*page);
        report.pulled += static_cast<int>(page->changes.size());
        report.evicted += static_cast<int>(page->evictions.size());
        progress.pulled = report.pulled;
        progress.evicted = report.evicted;
        progress.pages += 1;
        progress.has_more = page->has_more;
        progress.cursor = page->cursor;
        report_progress(progress);
        if (!page->has_more) return ok_status();
    }
}

}  // namespace crm::sync

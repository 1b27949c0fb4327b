#include "watch_command.h"

#include "session_url.h"

#include "crm/sync/http_transport.h"
#include "crm/sync/live_connection.h"
#include "crm/sync/sync_client.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <iostream>
#include <mutex>
#include <optional>

namespace crm::sync {
namespace {

using Clock = std::chrono::steady_clock;

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void on_signal(int) { g_interrupted = 1; }

/// How often the wait loop looks at the signal flag.
constexpr auto kSignalCheck = std::chrono::milliseconds(100);

int fail(const Error& error) {
    std::cerr << "crm-sync: " << error.message << " (" << error.code << ")\n";
    return error.code == "unreachable" ? 3 : 1;
}

/// Ends the watch: the session is gone for good.
bool fatal(const Error& error) { return error.code == "signed_out" || error.code == kDeactivatedCode; }

/// What the live connection's thread hands to the main loop.
struct Events {
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<std::int64_t> poke;  ///< highest cursor poked since the last sync
    bool reconnected = false;          ///< connected again after a loss: pokes may have been missed
    bool ever_connected = false;
    std::optional<Error> refused;
};

void wire(LiveConnection& live, Events& events) {
    live.on_poke = [&events](std::int64_t cursor) {
        std::lock_guard lock(events.mutex);
        events.poke = std::max(events.poke.value_or(cursor), cursor);
        events.changed.notify_all();
    };
    live.on_state = [&events](bool connected, const std::string& message) {
        std::cerr << (connected ? "live: connected" : "live: disconnected: " + message) << std::endl;
        if (!connected) return;
        std::lock_guard lock(events.mutex);
        if (events.ever_connected) events.reconnected = true;
        events.ever_connected = true;
        events.changed.notify_all();
    };
    live.on_refused = [&events](const Error& error) {
        std::lock_guard lock(events.mutex);
        events.refused = error;
        events.changed.notify_all();
    };
}

}  // namespace

CLI::App* add_watch_command(CLI::App& app, WatchOptions& options) {
    auto* watch = app.add_subcommand("watch", "sync, then stay connected and sync again after each live poke");
    watch->add_flag("--once", options.once, "exit after the first poke-triggered sync");
    watch->add_option("--timeout", options.timeout_seconds, "fail (exit 4) when no poke arrives for SECONDS")
        ->check(CLI::NonNegativeNumber);
    return watch;
}

int run_watch(Replica& replica, const WatchOptions& options) {
    const auto session = replica.session();
    if (!session || session->token.empty()) return fail(Error{"signed_out", "not signed in: run login first"});
    auto url = session_server_url(*session, options.ca_file);
    if (!url) return fail(url.error());
    HttpTransport transport(*url);
    SyncClient client(replica, transport);
    // One line per sync; a failed sync is retried on the next poke or reconnect unless fatal.
    auto sync_now = [&](const std::string& why) -> std::optional<Error> {
        auto report = client.sync();
        if (!report) {
            std::cout << why << ": sync failed: " << report.error().message << std::endl;
            return fatal(report.error()) ? std::optional<Error>(report.error()) : std::nullopt;
        }
        std::cout << why << ": pulled " << report->pulled << std::endl;
        return std::nullopt;
    };
    if (auto error = sync_now("sync")) return fail(*error);

    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    Events events;
    LiveConnection live(*url, session->token);
    wire(live, events);
    live.start();

    auto deadline = Clock::now() + std::chrono::seconds(options.timeout_seconds);
    for (;;) {
        std::unique_lock lock(events.mutex);
        events.changed.wait_for(lock, kSignalCheck,
                                [&] { return events.poke || events.reconnected || events.refused; });
        if (g_interrupted) return 0;  // `live` closes the channel as it goes
        if (events.refused) {
            const Error refused = *events.refused;
            lock.unlock();
            live.stop();
            auto error = sync_now("refused");  // clears the token or wipes the replica as sync does
            return fail(error ? *error : refused);
        }
        if (!events.poke && !events.reconnected) {
            if (options.timeout_seconds > 0 && Clock::now() >= deadline) {
                std::cerr << "crm-sync: no live poke arrived within " << options.timeout_seconds << " seconds (timeout)\n";
                return 4;
            }
            continue;
        }
        // Pokes arriving during the sync below coalesce into the next one.
        const auto poke = std::exchange(events.poke, std::nullopt);
        events.reconnected = false;
        lock.unlock();
        const std::string why = poke ? "poke cursor=" + std::to_string(*poke) : "reconnected";
        if (auto error = sync_now(why)) return fail(*error);
        if (poke && options.once) return 0;
        deadline = Clock::now() + std::chrono::seconds(options.timeout_seconds);
    }
}

}  // namespace crm::sync

#include "live_bench.h"

#include "bench_util.h"
#include "crm/sync/http_transport.h"
#include "crm/sync/live_connection.h"
#include "crm/sync/sync_client.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace crm::bench {
namespace {

/// A signed-in, fully synced device.
struct Device {
    std::unique_ptr<sync::Replica> replica;
    std::unique_ptr<sync::HttpTransport> transport;
    std::unique_ptr<sync::SyncClient> client;

    Device(const std::string& path, const std::string& url, const std::string& login) {
        auto opened = sync::Replica::open(path);
        if (!opened) throw std::runtime_error(opened.error().message);
        replica = std::move(*opened);
        transport = std::make_unique<sync::HttpTransport>(*sync::parse_server_url(url));
        client = std::make_unique<sync::SyncClient>(*replica, *transport);
        if (auto user = client->login(url, login, "demo"); !user) throw std::runtime_error(user.error().message);
        if (auto synced = client->sync(); !synced) throw std::runtime_error(synced.error().message);
    }
    std::string token() { return replica->session()->token; }
};

/// The manager's side: syncs on every poke and tells the waiter when the awaited visit arrived.
class PokedSyncer {
public:
    explicit PokedSyncer(Device& device) : device_(device), thread_([this] { loop(); }) {}
    ~PokedSyncer() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        cv_.notify_all();
        thread_.join();
    }
    void poke() {
        {
            std::lock_guard lock(mutex_);
            poked_ = true;
        }
        cv_.notify_all();
    }
    void expect(const std::string& id) {
        std::lock_guard lock(mutex_);
        awaited_ = id;
        arrived_ = false;
    }
    bool wait_arrived(std::chrono::milliseconds timeout) {
        std::unique_lock lock(mutex_);
        return cv_.wait_for(lock, timeout, [this] { return arrived_; });
    }

private:
    void loop() {
        std::unique_lock lock(mutex_);
        while (!stopping_) {
            cv_.wait(lock, [this] { return poked_ || stopping_; });
            if (stopping_) break;
            poked_ = false;
            const std::string awaited = awaited_;
            lock.unlock();
            device_.client->sync();
            const bool has = !awaited.empty() && device_.replica->find("visit", awaited).has_value();
            lock.lock();
            if (has && awaited == awaited_) arrived_ = true;
            cv_.notify_all();
        }
    }

    Device& device_;
    std::mutex mutex_;
    std::condition_variable cv_;
    bool poked_ = false, stopping_ = false, arrived_ = false;
    std::string awaited_;
    std::thread thread_;
};

}  // namespace

void run_live_latency_bench(const std::string& server_url, const std::string& rep, const std::string& manager,
                            int tries, const std::string& dir) {
    Device rep_device(dir + "/latency-rep.sqlite", server_url, rep);
    Device manager_device(dir + "/latency-manager.sqlite", server_url, manager);
    const auto customers = rep_device.replica->list("customer");
    if (customers.empty()) throw std::runtime_error("bench: the rep has no customer");
    const std::string customer_id = customers.front()["id"];

    PokedSyncer syncer(manager_device);
    std::atomic<bool> connected{false};
    sync::LiveConnection live(*sync::parse_server_url(server_url), manager_device.token());
    live.on_poke = [&](std::int64_t) { syncer.poke(); };
    live.on_state = [&](bool up, const std::string&) { connected = up; };
    live.start();
    for (int i = 0; i < 200 && !connected; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
    if (!connected) throw std::runtime_error("bench: the manager's live connection did not come up");

    std::vector<double> samples;
    int missed = 0;
    for (int t = 0; t < tries; ++t) {
        auto id = rep_device.replica->create("visit", {{"customer_id", customer_id}, {"purpose", "latency probe"}});
        syncer.expect(*id);
        Stopwatch watch;
        if (auto pushed = rep_device.client->sync(); !pushed) throw std::runtime_error(pushed.error().message);
        if (syncer.wait_arrived(std::chrono::seconds(5)))
            samples.push_back(watch.ms());
        else
            ++missed;
    }
    live.stop();
    const double p50 = percentile(samples, 0.5);
    const double p99 = percentile(samples, 0.99);
    report("visit pushed by a rep until the manager's live device has it: p50", p50, "ms", "<= 5 ms", p50 <= 5);
    report("  p99 (" + std::to_string(samples.size()) + " tries, " + std::to_string(missed) + " missed)", p99, "ms",
           "<= 20 ms", p99 <= 20 && missed == 0);
}

void run_idle_connections_bench(const std::string& server_url, int server_pid, const std::string& login,
                                int connections) {
    Device device(std::string("/tmp/crm-bench-idle-") + std::to_string(::getpid()) + ".sqlite", server_url, login);
    const double before = rss_mb(server_pid);
    std::atomic<int> up{0};
    std::vector<std::unique_ptr<sync::LiveConnection>> live;
    sync::LiveOptions options;
    options.idle_timeout = std::chrono::minutes(10);
    for (int i = 0; i < connections; ++i) {
        live.push_back(std::make_unique<sync::LiveConnection>(*sync::parse_server_url(server_url), device.token(), options));
        live.back()->on_state = [&](bool connected, const std::string&) { up += connected ? 1 : -1; };
        live.back()->start();
    }
    for (int i = 0; i < 600 && up < connections; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const double after = rss_mb(server_pid);
    report("server RSS with " + std::to_string(up.load()) + " idle live connections", after, "MB", "<= 150 MB",
           after <= 150 && up == connections);
    report("  per connection", (after - before) * 1024.0 / std::max(1, up.load()), "KB");
    for (auto& l : live) l->stop();
    std::remove((std::string("/tmp/crm-bench-idle-") + std::to_string(::getpid()) + ".sqlite").c_str());
}

}  // namespace crm::bench

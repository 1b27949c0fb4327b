// load_test: a paced open-loop load against a real crm-server on loopback (see README.md).
// N devices (signed in over HTTP as reps, a few devices each) push batches of visit creates at
// fixed times so that together they offer --rate mutations/s; every --pull-every-th push a device
// also pulls its changes; a manager device reads management endpoints at --mgmt-rate requests/s.
// A request's latency is measured from the time it was due (not sent): a server that falls behind
// shows it as latency instead of silently slowing the load down.
// Prints offered and achieved rates, errors by kind and latency percentiles; exit 1 when any
// request failed or the database does not hold exactly the acknowledged visits.
#include "bench_util.h"

#include "crm/server/db/pg.h"
#include "crm/server/org/directory.h"
#include "crm/shared/formats.h"
#include "crm/sync/hlc.h"
#include "crm/sync/http_transport.h"
#include "crm/sync/protocol.h"
#include "crm/test/processes.h"
#include "crm/test/test_database.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
    double rate = 5000;         ///< offered mutations/s
    double seconds = 60;
    int devices = 50;
    int reps = 10;
    int batch = 50;
    int pull_every = 5;         ///< a device pulls after every Nth push (0: never)
    double mgmt_rate = 2;       ///< management GETs/s of the manager
    std::string server_threads; ///< crm-server --threads ("" : its default)
};

/// Latencies and failures of every request, by kind ("push", "pull", "mgmt").
class Tally {
public:
    void ok(const std::string& kind, double ms) {
        std::lock_guard lock(mutex_);
        latencies_[kind].push_back(ms);
    }
    void fail(const std::string& kind, const std::string& what) {
        std::lock_guard lock(mutex_);
        ++errors_[kind + ": " + what];
    }
    long error_count() const {
        long n = 0;
        for (const auto& [k, v] : errors_) n += v;
        return n;
    }
    void print() {
        for (auto& [kind, samples] : latencies_) {
            const double p50 = crm::bench::percentile(samples, 0.5), p90 = crm::bench::percentile(samples, 0.9),
                         p99 = crm::bench::percentile(samples, 0.99), max = samples.empty() ? 0.0 : samples.back();
            std::printf("  %-5s %7zu ok   latency ms  p50 %7.1f  p90 %7.1f  p99 %7.1f  max %7.1f\n", kind.c_str(),
                        samples.size(), p50, p90, p99, max);
        }
        if (errors_.empty()) std::printf("  errors: 0\n");
        for (const auto& [what, n] : errors_) std::printf("  error %-50s %ld\n", what.c_str(), n);
    }

private:
    std::mutex mutex_;
    std::map<std::string, std::vector<double>> latencies_;
    std::map<std::string, long> errors_;
};

std::string random_uuid(std::mt19937_64& rng) {
    std::array<std::uint8_t, 16> bytes{};
    for (auto& b : bytes) b = static_cast<std::uint8_t>(rng());
    return crm::uuid_from_bytes(bytes);
}

/// CPU seconds (user + system) a process has used so far, from /proc/PID/stat.
double cpu_seconds(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i)
        if (i == 14 || i == 15) ticks += std::stod(field);
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

struct Device {
    std::string id;
    std::string token;
    std::string customer_id;
};

Device sign_in(crm::sync::HttpTransport& transport, const std::string& login, std::mt19937_64& rng) {
    Device device{random_uuid(rng), "", ""};
    const crm::sync::LoginRequest request{login, "load-test pw", device.id};
    auto response = transport.send({"POST", "/v1/auth/login", crm::sync::to_json(request).dump(), ""});
    if (!response || response->status != 200)
        throw std::runtime_error("load_test: sign-in of " + login + " failed" +
                                 (response ? ": " + response->body : std::string()));
    device.token = nlohmann::json::parse(response->body)["token"];
    return device;
}

crm::sync::Mutation mutation(const Device& d, std::int64_t seq, const std::string& entity, const std::string& id,
                             nlohmann::json fields) {
    crm::sync::Mutation m;
    m.seq = seq;
    m.entity = entity;
    m.id = id;
    m.fields = std::move(fields);
    m.hlc = crm::sync::HlcTime{1795443317000 + seq, 0, d.id}.encode();
    return m;
}

/// Sends one push; returns the mutations applied, or -1 after recording why it failed.
long push(crm::sync::HttpTransport& t, const Device& d, const crm::sync::PushRequest& request, Tally& tally) {
    auto response = t.send({"POST", "/v1/sync/push", crm::sync::to_json(request).dump(), d.token});
    if (!response) return tally.fail("push", "transport " + response.error().code), -1;
    if (response->status != 200) return tally.fail("push", "HTTP " + std::to_string(response->status)), -1;
    auto json = crm::sync::parse_json(response->body);
    auto verdicts = json ? crm::sync::decode_push_response(*json) : crm::Result<crm::sync::PushResponse>(json.error());
    if (!verdicts) return tally.fail("push", "undecodable answer"), -1;
    long applied = 0;
    for (const auto& v : verdicts->verdicts) {
        if (v.status == crm::sync::VerdictStatus::applied) ++applied;
        else tally.fail("push", "verdict not applied: " + v.code);
    }
    return applied;
}

/// One device's paced loop: a batch due every `interval` from `first`, until `end`.
void run_device(const crm::sync::ServerUrl& url, Device device, const Options& o, Clock::time_point first,
                Clock::duration interval, Clock::time_point end, Tally& tally, std::atomic<long>& acknowledged,
                std::atomic<long>& offered, unsigned seed) {
    crm::sync::HttpTransport t(url);
    std::mt19937_64 rng(seed);
    std::int64_t seq = 1;
    {  // not measured: the customer the visits are for
        crm::sync::PushRequest setup{device.id, {}};
        setup.mutations.push_back(mutation(device, seq++, "customer", device.customer_id,
                                           {{"name", "Load " + device.id.substr(0, 8)}, {"kind", "company"},
                                            {"lifecycle", "active"}, {"phone", "+86 21 5555 0000"}}));
        if (push(t, device, setup, tally) != 1) return;
    }
    std::int64_t cursor = 0, scope = 0;
    int pushes = 0;
    for (auto due = first; due < end; due += interval) {
        std::this_thread::sleep_until(due);
        crm::sync::PushRequest request{device.id, {}};
        for (int i = 0; i < o.batch; ++i)
            request.mutations.push_back(mutation(device, seq++, "visit", random_uuid(rng),
                                                 {{"customer_id", device.customer_id},
                                                  {"purpose", "load test visit"},
                                                  {"check_in_at", "2026-11-23T09:30:00.000Z"},
                                                  {"outcome", "measured"}}));
        offered += o.batch;
        const long applied = push(t, device, request, tally);
        if (applied >= 0) {
            acknowledged += applied;
            tally.ok("push", std::chrono::duration<double, std::milli>(Clock::now() - due).count());
        }
        if (o.pull_every <= 0 || ++pushes % o.pull_every != 0) continue;
        const auto started = Clock::now();
        auto response = t.send({"GET",
                                "/v1/sync/pull?cursor=" + std::to_string(cursor) + "&scope=" + std::to_string(scope) +
                                    "&limit=500",
                                "", device.token});
        if (!response) tally.fail("pull", "transport " + response.error().code);
        else if (response->status != 200) tally.fail("pull", "HTTP " + std::to_string(response->status));
        else {
            auto page = nlohmann::json::parse(response->body, nullptr, false);
            if (!page.is_object() || !page.contains("cursor")) tally.fail("pull", "undecodable answer");
            else {
                cursor = page["cursor"].get<std::int64_t>();
                scope = page.value("scope_epoch", scope);
                tally.ok("pull", std::chrono::duration<double, std::milli>(Clock::now() - started).count());
            }
        }
    }
}

/// The manager's paced management reads.
void run_manager(const crm::sync::ServerUrl& url, const Device& manager, const Options& o, Clock::time_point first,
                 Clock::time_point end, Tally& tally) {
    if (o.mgmt_rate <= 0) return;
    crm::sync::HttpTransport t(url);
    const char* targets[] = {"/v1/directory", "/v1/reports/visits?from=2026-01-01&to=2026-12-31",
                             "/v1/conflicts?limit=20", "/v1/reports/lifecycle"};
    const auto interval = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / o.mgmt_rate));
    int i = 0;
    for (auto due = first; due < end; due += interval) {
        std::this_thread::sleep_until(due);
        const std::string target = targets[i++ % 4];
        auto response = t.send({"GET", target, "", manager.token});
        const auto route = target.substr(0, target.find('?'));
        if (!response) tally.fail("mgmt", route + " transport " + response.error().code);
        else if (response->status != 200) tally.fail("mgmt", route + " HTTP " + std::to_string(response->status));
        else tally.ok("mgmt", std::chrono::duration<double, std::milli>(Clock::now() - due).count());
    }
}

int run(const Options& o) {
    crm::test::TestDatabase db;
    {
        crm::server::PgConnection conn(db.conninfo());
        using crm::server::kDefaultCompany;
        crm::server::add_unit(conn, kDefaultCompany, "Headquarters", "");
        crm::server::add_unit(conn, kDefaultCompany, "North Team", "Headquarters");
        crm::server::add_user(conn, kDefaultCompany, {"manager", "manager", "North Team", "manager", "load-test pw"});
        for (int r = 0; r < o.reps; ++r) {
            const auto login = "rep" + std::to_string(r + 1);
            crm::server::add_user(conn, kDefaultCompany, {login, "rep", "North Team", login, "load-test pw"});
        }
    }
    std::vector<std::string> server_args{"--log-file", "/dev/null"};
    if (!o.server_threads.empty()) server_args.insert(server_args.end(), {"--threads", o.server_threads});
    crm::test::ServerProcess server(db.conninfo(), server_args);
    const auto url = *crm::sync::parse_server_url(server.url());
    std::mt19937_64 rng(42);
    crm::sync::HttpTransport login_transport(url);
    std::vector<Device> devices;
    for (int d = 0; d < o.devices; ++d) {
        devices.push_back(sign_in(login_transport, "rep" + std::to_string(d % o.reps + 1), rng));
        devices.back().customer_id = random_uuid(rng);
    }
    const auto manager = sign_in(login_transport, "manager", rng);

    // Each device pushes every devices*batch/rate seconds; their schedules are staggered evenly.
    const auto interval = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(static_cast<double>(o.devices) * o.batch / o.rate));
    const auto start = Clock::now() + std::chrono::milliseconds(500);  // time for the setup pushes
    const auto end = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds));
    Tally tally;
    std::atomic<long> acknowledged{0}, offered{0};
    const double cpu_before = cpu_seconds(server.pid());
    std::vector<std::thread> threads;
    for (int d = 0; d < o.devices; ++d)
        threads.emplace_back(run_device, std::cref(url), devices[static_cast<std::size_t>(d)], std::cref(o),
                             start + interval * d / o.devices, interval, end, std::ref(tally), std::ref(acknowledged),
                             std::ref(offered), static_cast<unsigned>(d + 1));
    threads.emplace_back(run_manager, std::cref(url), std::cref(manager), std::cref(o), start, end, std::ref(tally));
    double peak_rss = 0;
    while (Clock::now() < end) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        peak_rss = std::max(peak_rss, crm::bench::rss_mb(server.pid()));
    }
    for (auto& t : threads) t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpu = cpu_seconds(server.pid()) - cpu_before;

    long visits = 0;
    {
        crm::server::PgConnection conn(db.conninfo());
        visits = std::stol(conn.exec("SELECT count(*) FROM visit").text(0, 0));
    }
    std::printf("load_test: %d devices (%d reps), batches of %d visit creates, pull every %d pushes, %.1f mgmt GETs/s, "
                "%.0f s\n",
                o.devices, o.reps, o.batch, o.pull_every, o.mgmt_rate, o.seconds);
    std::printf("  offered   %9.1f mut/s (target %.0f)\n", static_cast<double>(offered) / o.seconds, o.rate);
    std::printf("  achieved  %9.1f mut/s (%ld acknowledged in %.1f s)\n", static_cast<double>(acknowledged) / elapsed,
                acknowledged.load(), elapsed);
    tally.print();
    std::printf("  crm-server: peak RSS %.1f MB, CPU %.0f%% of one core\n", peak_rss, 100 * cpu / elapsed);
    std::printf("  visits in the database: %ld (acknowledged: %ld)\n", visits, acknowledged.load());
    const bool ok = tally.error_count() == 0 && visits == acknowledged && acknowledged == offered;
    std::printf("load_test: %s\n", ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"load_test: paced open-loop push/pull/management load against a real crm-server on loopback\n"
                 "(needs CRM_TEST_PG; creates and drops its own database)"};
    Options o;
    app.add_option("--rate", o.rate, "offered mutations/s")->capture_default_str()->check(CLI::Range(1.0, 1e6));
    app.add_option("--seconds", o.seconds, "duration of the paced load")->capture_default_str()->check(CLI::Range(1.0, 86400.0));
    app.add_option("--devices", o.devices, "pushing devices (one connection each)")->capture_default_str()->check(CLI::Range(1, 2000));
    app.add_option("--reps", o.reps, "reps the devices sign in as")->capture_default_str()->check(CLI::Range(1, 1000));
    app.add_option("--batch", o.batch, "visit creates per push")->capture_default_str()->check(CLI::Range(1, 500));
    app.add_option("--pull-every", o.pull_every, "a device pulls after every Nth push (0: never)")->capture_default_str()->check(CLI::Range(0, 1000000));
    app.add_option("--mgmt-rate", o.mgmt_rate, "manager's management GETs/s (0: none)")->capture_default_str()->check(CLI::Range(0.0, 1000.0));
    app.add_option("--server-threads", o.server_threads, "crm-server --threads (default: its own)");
    CLI11_PARSE(app, argc, argv);
    try {
        return run(o);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "load_test: %s\n", e.what());
        return 2;
    }
}

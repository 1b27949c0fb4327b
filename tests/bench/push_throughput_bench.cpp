#include "push_throughput_bench.h"

#include "bench_util.h"
#include "crm/server/db/pg.h"
#include "crm/shared/formats.h"
#include "crm/sync/hlc.h"
#include "crm/sync/http_transport.h"
#include "crm/sync/protocol.h"

#include <atomic>
#include <random>
#include <stdexcept>
#include <thread>

namespace crm::bench {
namespace {

std::string random_uuid(std::mt19937_64& rng) {
    std::array<std::uint8_t, 16> bytes{};
    for (auto& b : bytes) b = static_cast<std::uint8_t>(rng());
    return uuid_from_bytes(bytes);
}

struct Device {
    std::string id;
    std::string token;
};

Device sign_in(sync::HttpTransport& transport, const std::string& login, std::mt19937_64& rng) {
    Device device{random_uuid(rng), ""};
    const sync::LoginRequest request{login, "demo", device.id};
    auto response = transport.send({"POST", "/v1/auth/login", sync::to_json(request).dump(), ""});
    if (!response || response->status != 200) throw std::runtime_error("bench: login failed");
    device.token = nlohmann::json::parse(response->body)["token"];
    return device;
}

/// Pushes the device's batches; returns the number of mutations the server applied.
long push_all(sync::HttpTransport& transport, const Device& device, const std::vector<std::string>& customers,
              int batches, int batch, std::mt19937_64& rng) {
    long applied = 0;
    std::int64_t seq = 0;
    for (int b = 0; b < batches; ++b) {
        sync::PushRequest request{device.id, {}};
        for (int i = 0; i < batch; ++i) {
            sync::Mutation m;
            m.seq = ++seq;
            m.entity = "visit";
            m.id = random_uuid(rng);
            m.fields = {{"customer_id", customers[rng() % customers.size()]},
                        {"purpose", "benchmark visit"},
                        {"check_in_at", "2026-11-23T09:30:00.000Z"},
                        {"outcome", "measured"}};
            m.hlc = sync::HlcTime{1795443317000, static_cast<std::uint32_t>(seq), device.id}.encode();
            request.mutations.push_back(std::move(m));
        }
        auto response = transport.send({"POST", "/v1/sync/push", sync::to_json(request).dump(), device.token});
        if (!response || response->status != 200) throw std::runtime_error("bench: push failed");
        auto verdicts = sync::decode_push_response(nlohmann::json::parse(response->body));
        for (const auto& v : verdicts->verdicts) {
            if (v.status != sync::VerdictStatus::applied) throw std::runtime_error("bench: push not applied: " + v.message);
            ++applied;
        }
    }
    return applied;
}

}  // namespace

void run_push_throughput_bench(const std::string& conninfo, const std::string& server_url, const std::string& login,
                               int devices, int batches, int batch) {
    server::PgConnection pg(conninfo);
    auto rows = pg.exec("SELECT c.id FROM customer c JOIN app_user u ON u.id = c.owner_id WHERE u.login = $1 LIMIT 200",
                        {login});
    std::vector<std::string> customers;
    for (int r = 0; r < rows.rows(); ++r) customers.push_back(rows.text(r, 0));
    if (customers.empty()) throw std::runtime_error("bench: " + login + " has no customers");

    const auto url = *sync::parse_server_url(server_url);
    std::vector<Device> signed_in;
    std::mt19937_64 rng(7);
    sync::HttpTransport login_transport(url);
    for (int d = 0; d < devices; ++d) signed_in.push_back(sign_in(login_transport, login, rng));

    std::atomic<long> applied{0};
    std::atomic<bool> failed{false};
    std::vector<std::thread> threads;
    Stopwatch watch;
    for (int d = 0; d < devices; ++d) {
        threads.emplace_back([&, d] {
            std::mt19937_64 local(static_cast<unsigned long>(d) + 100);
            sync::HttpTransport transport(url);
            try {
                applied += push_all(transport, signed_in[static_cast<std::size_t>(d)], customers, batches, batch, local);
            } catch (const std::exception& e) {
                if (!failed.exchange(true)) std::fprintf(stderr, "%s\n", e.what());
            }
        });
    }
    for (auto& t : threads) t.join();
    const double seconds = watch.ms() / 1000.0;
    if (failed) throw std::runtime_error("bench: a device's push failed");
    const double rate = static_cast<double>(applied) / seconds;
    report("push: " + std::to_string(devices) + " devices x " + std::to_string(batches) + " batches of " +
               std::to_string(batch) + " (" + std::to_string(applied.load()) + " applied)",
           rate, "mut/s", ">= 5000/s", rate >= 5000);
}

}  // namespace crm::bench

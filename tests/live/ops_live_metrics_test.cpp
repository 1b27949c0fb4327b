// /metrics follows /v1/live: the connected-devices gauge and the 101 answers of upgrades.
#include "live_probe.h"
#include "scenario.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace crm;

namespace {

/// The value of the sample line starting with `series`, or -1 when absent.
double metric(unsigned short port, const std::string& series) {
    const auto text = test::http_request(port, "GET", "/metrics").body;
    const auto at = text.find("\n" + series + " ");
    return at == std::string::npos ? -1 : std::stod(text.substr(at + series.size() + 2));
}

/// Polls until the metric has the value (true) or 5 s pass (false).
bool metric_becomes(unsigned short port, const std::string& series, double value) {
    for (int i = 0; i < 100; ++i) {
        if (metric(port, series) == value) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

}  // namespace

TEST_CASE("GET /metrics counts connected live devices and their upgrades", "[live][ops]") {
    test::Company company;
    const auto port = company.server->port();
    test::Device rep1(company, "rep1");
    CHECK(metric(port, "crm_live_devices") == 0);
    {
        test::LiveProbe probe(port, rep1.token());
        REQUIRE(probe.wait_connected());
        CHECK(metric_becomes(port, "crm_live_devices", 1));
        CHECK(metric(port, R"(crm_http_requests_total{route="/v1/live",status="101"})") == 1);
        probe.stop();
    }
    CHECK(metric_becomes(port, "crm_live_devices", 0));
}

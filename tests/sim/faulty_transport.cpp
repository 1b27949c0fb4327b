#include "faulty_transport.h"

#include <chrono>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace crm::sim {

FaultRates parse_fault_rates(const std::string& text) {
    FaultRates rates;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        if (item.empty()) continue;
        const auto eq = item.find('=');
        if (eq == std::string::npos) throw std::invalid_argument("fault rate '" + item + "' is not key=value");
        const std::string key = item.substr(0, eq);
        const double value = std::stod(item.substr(eq + 1));
        if (key == "drop_request") rates.drop_request = value;
        else if (key == "drop_response") rates.drop_response = value;
        else if (key == "duplicate") rates.duplicate = value;
        else if (key == "delay") rates.delay = value;
        else if (key == "max_delay_ms") rates.max_delay_ms = static_cast<int>(value);
        else throw std::invalid_argument("unknown fault '" + key + "'");
    }
    return rates;
}

FaultyTransport::FaultyTransport(sync::Transport& inner, std::uint64_t seed, FaultRates rates)
    : inner_(inner), rng_(seed), rates_(rates) {}

Result<sync::HttpResponse> FaultyTransport::send(const sync::HttpRequest& request) {
    if (!faults_) {
        ++counts_.passed;
        return inner_.send(request);
    }
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double draw = unit(rng_);
    const std::string what = request.method + " " + request.target;
    double edge = rates_.drop_request;
    if (draw < edge) {
        ++counts_.dropped_requests;
        if (log) log("fault: request dropped: " + what);
        return Error{"unreachable", "fault injection: request dropped"};
    }
    edge += rates_.drop_response;
    if (draw < edge) {
        ++counts_.dropped_responses;
        auto answer = inner_.send(request);
        if (log) log("fault: response dropped (" + (answer ? std::to_string(answer->status) : answer.error().code) + "): " + what);
        return Error{"unreachable", "fault injection: response dropped"};
    }
    edge += rates_.duplicate;
    if (draw < edge) {
        ++counts_.duplicated;
        auto first = inner_.send(request);
        if (log) log("fault: request sent twice (first: " + (first ? std::to_string(first->status) : first.error().code) + "): " + what);
        return inner_.send(request);
    }
    edge += rates_.delay;
    if (draw < edge) {
        ++counts_.delayed;
        const int ms = 1 + static_cast<int>(rng_() % static_cast<std::uint64_t>(std::max(1, rates_.max_delay_ms)));
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        return inner_.send(request);
    }
    ++counts_.passed;
    return inner_.send(request);
}

}  // namespace crm::sim

#include "sim_scenario.h"

#include <chrono>

namespace crm::sim {

std::vector<Failure> Scenario::run() {
    using clock = std::chrono::steady_clock;
    auto lap = [t = clock::now()](double& into) mutable {
        const auto now = clock::now();
        into += std::chrono::duration<double>(now - t).count();
        t = now;
    };
    make_devices();
    // Opening: everyone records a little and syncs cleanly, so there is something to fight over.
    for (auto& d : devices_) {
        d->faulty->set_faults(false);
        for (int i = between(0, 2); i > 0; --i) create_customer(*d);
    }
    for (auto& d : devices_) sync_device(*d, " (opening)");
    for (auto& d : devices_) sync_device(*d, " (opening)");
    for (auto& d : devices_) d->faulty->set_faults(true);
    lap(t_setup);

    const int steps = between(options_.min_steps, options_.max_steps);
    for (int n = 1; n <= steps; ++n) step(n);
    lap(t_steps);
    quiesce();
    lap(t_quiesce);
    std::vector<Failure> failures = early_failures_;
    check(failures);
    lap(t_check);
    return failures;
}

void Scenario::quiesce() {
    server_.ensure_running();
    server_down_ = false;
    for (auto& d : devices_) {
        faults.passed += d->faulty->counts().passed;
        faults.dropped_requests += d->faulty->counts().dropped_requests;
        faults.dropped_responses += d->faulty->counts().dropped_responses;
        faults.duplicated += d->faulty->counts().duplicated;
        faults.delayed += d->faulty->counts().delayed;
        d->faulty->set_faults(false);
    }
    int quiet_rounds = 0;
    for (int round = 1; round <= 12 && quiet_rounds < 2; ++round) {
        int activity = 0;
        bool errors = false;
        for (auto& d : devices_) {
            auto r = d->client->sync();
            if (!r) {
                errors = true;
                log(d->name + " final sync failed: " + r.error().code + ": " + r.error().message);
                if (round >= 3)
                    early_failures_.push_back({"quiescence", d->name + " final sync (round " + std::to_string(round) +
                                                                 ", faults off) failed: " + r.error().code + ": " +
                                                                 r.error().message});
                continue;
            }
            activity += r->pushed + r->pulled + r->evicted;
            log(d->name + " final sync round " + std::to_string(round) + ": pushed " + std::to_string(r->pushed) +
                ", pulled " + std::to_string(r->pulled) + ", evicted " + std::to_string(r->evicted));
        }
        quiet_rounds = (activity == 0 && !errors) ? quiet_rounds + 1 : 0;
    }
    if (quiet_rounds < 2)
        early_failures_.push_back({"quiescence", "devices still pushed or pulled after 12 rounds of syncing with faults off"});
}

}  // namespace crm::sim

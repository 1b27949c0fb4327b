#pragma once
// Accepted mutations per second from many devices pushing concurrently.

#include <string>

namespace crm::bench {

/// `devices` devices of `login` (each signed in with its own device id) push `batches` batches of
/// `batch` visit creates each, all at once; prints accepted mutations per second.
void run_push_throughput_bench(const std::string& conninfo, const std::string& server_url, const std::string& login,
                               int devices, int batches, int batch);

}  // namespace crm::bench

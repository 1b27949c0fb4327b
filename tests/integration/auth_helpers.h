#pragma once
// Sign-in helpers shared by the auth_* integration tests.

#include "crm/test/http_client.h"
#include "crm/test/processes.h"

#include <string>
#include <vector>

namespace crm::test {

/// POST /v1/auth/login with this login, password and device (a new one when empty).
RawResponse sign_in(unsigned short port, const std::string& login, const std::string& password,
                    const std::string& device_id = "");

/// The token of a 200 sign-in answer (throws otherwise).
std::string token_of(const RawResponse& signed_in);

/// The error code of a JSON error answer ("" when the body is not one).
std::string error_code(const RawResponse& response);

/// Runs the crm-sync binary with `args` and `input` on stdin.
ProcessResult run_sync(const std::vector<std::string>& args, const std::string& input = "");

}  // namespace crm::test

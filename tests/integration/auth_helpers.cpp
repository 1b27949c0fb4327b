#include "auth_helpers.h"

#include "crm/test/processes.h"
#include "scenario.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace crm::test {

using nlohmann::json;

RawResponse sign_in(unsigned short port, const std::string& login, const std::string& password,
                    const std::string& device_id) {
    const json body = {{"login", login}, {"password", password}, {"device_id", device_id.empty() ? uuid() : device_id}};
    return api_request(port, "POST", "/v1/auth/login", body.dump());
}

std::string token_of(const RawResponse& signed_in) {
    if (signed_in.status != 200) throw std::runtime_error("sign-in failed: " + signed_in.body + signed_in.error);
    return json::parse(signed_in.body)["token"].get<std::string>();
}

std::string error_code(const RawResponse& response) {
    const auto j = json::parse(response.body, nullptr, false);
    if (!j.is_object() || !j.contains("error")) return "";
    return j["error"].value("code", "");
}

ProcessResult run_sync(const std::vector<std::string>& args, const std::string& input) {
    return run_process(CRM_SYNC_BIN, args, input);
}

}  // namespace crm::test

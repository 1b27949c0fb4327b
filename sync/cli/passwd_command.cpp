#include "passwd_command.h"

#include "session_url.h"

#include "crm/sync/http_transport.h"
#include "crm/sync/protocol.h"

#include <iostream>
#include <string>

namespace crm::sync {
namespace {

int fail(const std::string& message, const std::string& code) {
    std::cerr << "crm-sync: " << message << " (" << code << ")\n";
    return code == "unreachable" ? 3 : 1;
}

/// One line of `in` without its line ending; false at end of input.
bool read_line(std::istream& in, std::string& line) {
    if (!std::getline(in, line)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

}  // namespace

CLI::App* add_passwd_command(CLI::App& app) {
    auto* passwd = app.add_subcommand(
        "passwd", "change the password: current and new password as the first two lines of stdin; the "
                  "user's other devices are signed out");
    return passwd;
}

int run_passwd(Replica& replica, std::istream& in, const std::string& ca_override) {
    auto session = replica.session();
    if (!session || session->token.empty()) return fail("not signed in: run login first", "signed_out");
    std::string current, fresh;
    if (!read_line(in, current) || !read_line(in, fresh))
        return fail("give the current and the new password as the first two lines of stdin", "bad_input");
    auto url = session_server_url(*session, ca_override);
    if (!url) return fail(url.error().message, url.error().code);
    HttpTransport transport(*url);
    const nlohmann::json body = {{"current_password", current}, {"new_password", fresh}};
    auto response = transport.send({"POST", "/v1/password", body.dump(), session->token});
    if (!response) return fail(response.error().message, response.error().code);
    if (response->status != 200) {
        const Error error = parse_error_body(response->body, response->status);
        if (response->status == 429 && response->retry_after_seconds)
            return fail("too many attempts; try again in " + std::to_string(*response->retry_after_seconds) + " s",
                        error.code);
        return fail(error.message, error.code);
    }
    std::cout << "password changed; the other devices of " << session->user.login << " are signed out\n";
    return 0;
}

}  // namespace crm::sync

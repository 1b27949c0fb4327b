// The whole HTTP request path in-process: each input is raw bytes sent over one loopback TCP
// connection to the real HttpServer (Beast session, limits, pipelining, keep-alive) with the real
// RequestHandler (router, protocol check, auth, handlers, error mapping) on a real PgPool.
//
// Start-up (LLVMFuzzerInitialize): a fresh database on the cluster of CRM_FUZZ_PG (a superuser
// libpq conninfo, as CRM_TEST_PG), migrated, with units Headquarters -> North Team, South Team and
// users hq, manager (North), rep1 (North), rep2 (South), password "pw", each signed in on a fixed
// device (see kUsers). The input may say $TOKEN_REP, $TOKEN_REP2, $TOKEN_MGR, $TOKEN_HQ: they are
// replaced by those bearer tokens (header-only: a body's Content-Length would no longer match).
//
// Invariants (abort on violation): no 500 answer; every 4xx/5xx body is a JSON
// {"error": {"code": "..."}}; every complete request the server was willing to read (the ones
// before the first Connection: close, upgrade or per-connection cap, parsed with the server's own
// limits) gets an answer; the answers parse as HTTP/1.1; the server answers within a few seconds.
// CRM_FUZZ_VERBOSE=1 prints each answer's status and the start of its body (to check seeds).
#include "crm/server/api/request_handler.h"
#include "crm/server/auth/password.h"
#include "crm/server/auth/tokens.h"
#include "crm/server/db/migrations.h"
#include "crm/server/db/pg.h"
#include "crm/server/db/pool.h"
#include "crm/server/ops/metrics.h"
#include "crm/server/org/directory.h"
#include "fuzz_check.h"
#include "http_server.h"
#include "request_log.h"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <cerrno>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace http = boost::beast::http;
using crm::fuzz::require;

/// The signed-in users: placeholder, login, role, unit, device id of their token.
struct FuzzUser {
    const char* placeholder;
    const char* login;
    const char* role;
    const char* unit;
    const char* device_id;
};
constexpr FuzzUser kUsers[] = {
    {"$TOKEN_REP2", "rep2", "rep", "South Team", "00000000-0000-4000-8000-0000000000b2"},
    {"$TOKEN_REP", "rep1", "rep", "North Team", "00000000-0000-4000-8000-0000000000b1"},
    {"$TOKEN_MGR", "manager", "manager", "North Team", "00000000-0000-4000-8000-0000000000a1"},
    {"$TOKEN_HQ", "hq", "hq", "Headquarters", "00000000-0000-4000-8000-0000000000c1"},
};

/// Short limits so that one input takes milliseconds, and a small pipelining cap the fuzzer can reach.
crm::server::ConnectionLimits fuzz_limits() {
    crm::server::ConnectionLimits limits;
    limits.request_timeout = std::chrono::seconds(2);
    limits.idle_timeout = std::chrono::seconds(2);
    limits.max_requests_per_connection = 8;
    limits.max_connections = 64;
    limits.shutdown_grace = std::chrono::seconds(1);
    return limits;
}

/// How long the harness waits for the server's answers to one input before calling it hung
/// (inputs take milliseconds; a sign-in's argon2id can take seconds on a machine loaded by builds).
constexpr int kAnswerDeadlineMs = 20000;

struct Harness {
    std::string conninfo;  ///< of the fuzz database
    std::unique_ptr<crm::server::PgPool> pool;
    std::unique_ptr<crm::server::Metrics> metrics;
    std::unique_ptr<crm::server::RequestLog> log;
    std::unique_ptr<crm::server::RequestHandler> handler;
    std::unique_ptr<crm::server::HttpServer> server;
    std::thread server_thread;
    std::atomic<bool> server_stopped{false};
    std::uint16_t port = 0;
    std::vector<std::string> tokens;  ///< per kUsers
    std::chrono::steady_clock::time_point last_repair;
};

Harness* harness = nullptr;

[[noreturn]] void give_up(const std::string& why) {
    std::fprintf(stderr, "http_request_fuzz: %s\n", why.c_str());
    std::exit(2);
}

/// Signs every user in again on their device, reactivates them and resets their password:
/// inputs may deactivate users, revoke tokens or change passwords.
void sign_in_everyone(Harness& h) {
    crm::server::PgConnection conn(h.conninfo);
    const std::string pw_hash = crm::server::hash_password("pw");
    h.tokens.clear();
    for (const auto& u : kUsers) {
        auto user = crm::server::find_user_by_login(conn, crm::server::kDefaultCompany, u.login);
        if (!user) give_up(std::string("user ") + u.login + " vanished");
        conn.exec("UPDATE app_user SET active = true, password_hash = $2 WHERE id = $1", {user->id, pw_hash});
        h.tokens.push_back(crm::server::issue_token(conn, crm::server::kDefaultCompany, user->id, u.device_id));
    }
    h.last_repair = std::chrono::steady_clock::now();
}

void create_company(const std::string& conninfo) {
    crm::server::PgConnection conn(conninfo);
    crm::server::migrate(conn);
    const char* units[][2] = {{"Headquarters", ""}, {"North Team", "Headquarters"}, {"South Team", "Headquarters"}};
    for (const auto& unit : units)
        if (!crm::server::add_unit(conn, crm::server::kDefaultCompany, unit[0], unit[1])) give_up("add_unit failed");
    for (const auto& u : kUsers)
        if (!crm::server::add_user(conn, crm::server::kDefaultCompany, {u.login, u.role, u.unit, u.login, "pw"}))
            give_up(std::string("add_user failed: ") + u.login);
}

void drop_database() {
    if (!harness) return;
    try {
        const char* admin = std::getenv("CRM_FUZZ_PG");
        crm::server::PgConnection conn(admin);
        const auto name = harness->conninfo.substr(harness->conninfo.rfind('=') + 1);
        conn.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (...) {
        // Best effort: a leftover database on a test cluster is harmless.
    }
}

void start(Harness& h) {
    const char* admin = std::getenv("CRM_FUZZ_PG");
    if (!admin || !*admin) {
        std::fprintf(stderr,
                     "http_request_fuzz: SKIPPED: CRM_FUZZ_PG is not set; it needs a PostgreSQL superuser conninfo "
                     "(as CRM_TEST_PG), e.g. CRM_FUZZ_PG='host=/tmp/pg port=54329 user=postgres dbname=postgres'\n");
        std::exit(0);
    }
    const std::string name = "crm_fuzz_" + std::to_string(getpid());
    try {
        crm::server::PgConnection conn(admin);
        conn.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        conn.exec("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        h.conninfo = std::string(admin) + " dbname=" + name;  // libpq: the last dbname wins
        create_company(h.conninfo);
        sign_in_everyone(h);
    } catch (const std::exception& e) {
        give_up(std::string("cannot set up the database: ") + e.what());
    }
    std::atexit(drop_database);

    crm::server::HttpServerOptions options;
    options.host = "127.0.0.1";
    options.port = "0";
    options.io_threads = 1;
    options.worker_threads = 2;
    options.limits = fuzz_limits();
    h.pool = std::make_unique<crm::server::PgPool>(h.conninfo, 3);
    h.metrics = std::make_unique<crm::server::Metrics>();
    h.log = std::make_unique<crm::server::RequestLog>("/dev/null");
    h.handler = std::make_unique<crm::server::RequestHandler>(*h.pool, std::function<std::int64_t()>{},
                                                              crm::server::PushOptions{}, h.metrics.get());
    h.server = std::make_unique<crm::server::HttpServer>(*h.handler, *h.pool, options, *h.metrics, *h.log);
    const auto bound = h.server->listen();
    h.port = static_cast<std::uint16_t>(std::stoi(bound.substr(bound.rfind(':') + 1)));
    h.server_thread = std::thread([&h] {
        h.server->run();
        // Only a signal stops it (the server's own SIGINT/SIGTERM handling): end the run cleanly
        // instead of reporting every following input as "server gone".
        h.server_stopped = true;
        std::fprintf(stderr, "http_request_fuzz: the server stopped on a signal; exiting\n");
        std::_Exit(0);
    });
    std::fprintf(stderr, "http_request_fuzz: crm-server on 127.0.0.1:%u, database %s\n", h.port, name.c_str());
}

/// The input with each placeholder replaced by its token.
std::string substitute(const std::string& input, const std::vector<std::string>& tokens) {
    std::string out = input;
    for (std::size_t i = 0; i < std::size(kUsers); ++i) {
        const std::string placeholder = kUsers[i].placeholder;
        for (auto at = out.find(placeholder); at != std::string::npos; at = out.find(placeholder, at + tokens[i].size()))
            out.replace(at, placeholder.size(), tokens[i]);
    }
    return out;
}

/// How many requests at the start of `bytes` the server must answer: complete requests (parsed
/// with the server's limits) up to and including one after which it stops reading.
int requests_to_answer(const std::string& bytes, int cap) {
    std::size_t offset = 0;
    int complete = 0;
    while (offset < bytes.size() && complete < cap) {
        http::request_parser<http::string_body> parser;
        parser.eager(true);
        parser.body_limit(crm::server::kMaxBodyBytes);
        parser.header_limit(static_cast<std::uint32_t>(fuzz_limits().max_header_bytes));
        boost::beast::error_code ec;
        const auto used = parser.put(boost::asio::buffer(bytes.data() + offset, bytes.size() - offset), ec);
        if (ec || !parser.is_done()) break;
        offset += used;
        ++complete;
        const auto& req = parser.get();
        const auto target = std::string(req.target());
        if (!req.keep_alive() || target.rfind("/v1/live", 0) == 0) break;
    }
    return complete;
}

/// For a hung input: what the fuzz database's sessions are doing (a lock wait, a transaction left open).
void print_database_activity() {
    try {
        crm::server::PgConnection conn(harness->conninfo);
        auto rows = conn.exec(
            "SELECT pid, state, coalesce(wait_event_type || '/' || wait_event, ''), now() - xact_start, "
            "left(query, 160) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
        for (int r = 0; r < rows.rows(); ++r)
            std::fprintf(stderr, "  pg %s %s %s xact %s: %s\n", rows.text(r, 0).c_str(), rows.text(r, 1).c_str(),
                         rows.text(r, 2).c_str(), rows.text(r, 3).c_str(), rows.text(r, 4).c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "  (cannot read pg_stat_activity: %s)\n", e.what());
    }
}

/// For a hung input: the pool's figures, the open file descriptors and every thread's stack (gdb attached from a child
/// process; skipped when gdb is not installed), to tell a blocked worker from a blocked io thread.
void print_server_state() {
    const auto stats = harness->pool->stats();
    std::fprintf(stderr, "  pool: %zu open, %zu lent, %zu waiting (size %zu)\n", stats.open, stats.in_use, stats.waiting,
                 stats.size);
    std::error_code ignored;
    const auto fds = std::distance(std::filesystem::directory_iterator("/proc/self/fd", ignored),
                                   std::filesystem::directory_iterator());
    std::fprintf(stderr, "  open file descriptors: %td\n", fds);
    if (std::system("command -v gdb >/dev/null 2>&1") != 0) return;
    const std::string command = "gdb -p " + std::to_string(getpid()) +
                                " -batch -nx -ex 'set pagination off' -ex 'thread apply all bt 30' 2>/dev/null"
                                " | grep -E '^(Thread|#)' >&2";
    if (std::system(command.c_str()) != 0) std::fprintf(stderr, "  (gdb could not read the threads' stacks)\n");
}

/// After connect() failed: true when it was only interrupted by a signal and the connection has
/// since been made (it goes on in the background; its outcome is then in SO_ERROR).
bool finish_interrupted_connect(int fd) {
    if (errno != EINTR) return false;
    pollfd p{fd, POLLOUT, 0};
    int ready;
    do ready = ::poll(&p, 1, 5000);
    while (ready < 0 && errno == EINTR);
    int error = 0;
    socklen_t length = sizeof error;
    if (ready <= 0 || ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0) return false;
    errno = error;
    return error == 0;
}

/// Connects, sends, half-closes and reads until the server closes (or the deadline).
std::string exchange(std::uint16_t port, const std::string& bytes) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    require(fd >= 0, "socket() failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 && !finish_interrupted_connect(fd)) {
        std::fprintf(stderr, "connect: %s\n", std::strerror(errno));
        require(false, "cannot connect to the server: it is gone");
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const auto n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // the server closed early (e.g. after 431): read what it said
        sent += static_cast<std::size_t>(n);
    }
    ::shutdown(fd, SHUT_WR);
    std::string received;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kAnswerDeadlineMs);
    char buffer[16384];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd p{fd, POLLIN, 0};
        // libFuzzer's -timeout alarm (SIGALRM, to any thread) interrupts poll and recv: not a hang.
        const int ready = left.count() > 0 ? ::poll(&p, 1, static_cast<int>(left.count())) : 0;
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) {
            ::close(fd);
            std::fprintf(stderr, "no end of the answers after %d ms; %zu bytes received:\n%.400s\n", kAnswerDeadlineMs,
                         received.size(), received.c_str());
            print_database_activity();
            print_server_state();
            require(false, "the server neither answered nor closed the connection in time");
        }
        const auto n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // closed (or reset after its last answer)
        received.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return received;
}

/// True when the body is {"error": {"code": "<non-empty>", ...}}.
bool is_error_json(const std::string& body) {
    const auto json = nlohmann::json::parse(body, nullptr, false);
    if (!json.is_object() || !json.contains("error") || !json["error"].is_object()) return false;
    const auto& code = json["error"]["code"];
    return code.is_string() && !code.get<std::string>().empty();
}

struct Answers {
    int count = 0;
    bool unauthorized = false;  ///< a 401: a token may have been revoked by the input
};

/// Parses and checks every answer in what the server sent.
Answers check_answers(const std::string& received) {
    Answers answers;
    std::size_t offset = 0;
    while (offset < received.size()) {
        http::response_parser<http::string_body> parser;
        parser.eager(true);
        parser.body_limit(64 * 1024 * 1024);
        boost::beast::error_code ec;
        const auto used = parser.put(boost::asio::buffer(received.data() + offset, received.size() - offset), ec);
        if (!ec && !parser.is_done() && parser.is_header_done() && !parser.get().has_content_length() &&
            !parser.get().chunked())
            break;  // e.g. 101 Switching Protocols: what follows is WebSocket
        if (ec || !parser.is_done()) {
            std::fprintf(stderr, "unparsable answer at byte %zu: %s\n%.400s\n", offset, ec.message().c_str(),
                         received.c_str() + offset);
            require(false, "the server's answer is not a complete HTTP response");
        }
        offset += used;
        ++answers.count;
        const auto& res = parser.get();
        const int status = static_cast<int>(res.result_int());
        static const bool verbose = std::getenv("CRM_FUZZ_VERBOSE") != nullptr;
        if (verbose) std::fprintf(stderr, "  answer %d: %d %.160s\n", answers.count, status, res.body().c_str());
        if (status == 101) break;
        if (status == 500) std::fprintf(stderr, "500 answer: %s\n", res.body().c_str());
        require(status != 500, "the server answered 500 (a bug: an unmapped error)");
        if (status == 401) answers.unauthorized = true;
        if (status >= 400 && !is_error_json(res.body())) {
            std::fprintf(stderr, "status %d, body: %.400s\n", status, res.body().c_str());
            require(false, "a 4xx/5xx answer's body is not JSON {\"error\": {\"code\": ...}}");
        }
    }
    return answers;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    harness = new Harness;
    start(*harness);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Harness& h = *harness;
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::string bytes = substitute(input, h.tokens);
    const int expected = requests_to_answer(bytes, fuzz_limits().max_requests_per_connection);
    const auto received = exchange(h.port, bytes);
    const auto answers = check_answers(received);
    if (answers.count < expected) {
        std::fprintf(stderr, "%d complete requests, %d answers; received:\n%.600s\n", expected, answers.count,
                     received.c_str());
        require(false, "the server dropped a complete request without an answer");
    }
    // Inputs may deactivate a user, revoke their tokens or change their password: put them back
    // (at most once a second: re-hashing the password is slow on purpose).
    if (answers.unauthorized && input.find("$TOKEN") != std::string::npos &&
        std::chrono::steady_clock::now() - h.last_repair > std::chrono::seconds(1)) {
        try {
            sign_in_everyone(h);
        } catch (const std::exception& e) {
            give_up(std::string("cannot sign the users in again: ") + e.what());
        }
    }
    return 0;
}

// app_bench: the app's figures with a big book (issue 4): launch to the first painted customer
// list, search keystroke to result, process RSS, and what the search index costs when records
// are pulled. A command that prints figures, not a timed test. Offscreen (software renderer).
#include "bench_util.h"
#include "customers/customerlistmodel.h"
#include "session/appcontroller.h"

#include "crm/sync/customer_search.h"
#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <unistd.h>

#include <iostream>
#include <random>

Q_IMPORT_QML_PLUGIN(CrmMobilePlugin)

using crm::bench::report;
using crm::bench::Stopwatch;
using nlohmann::json;

namespace {

const std::string kRep = "00000000-0000-4000-8000-0000000000aa";

struct Options {
    int customers = 10000;
    int contacts = 2;  ///< per customer
    int rounds = 20;   ///< search samples per query
    std::string keep;  ///< copy the replica file here (to look at it afterwards)
};

std::string uuid(int kind, int n) {
    char buf[37];
    std::snprintf(buf, sizeof buf, "%08d-0000-4000-8000-%012d", kind, n);
    return buf;
}

/// A book like a rep's: Chinese and Latin company names, phones in mixed formats, regions,
/// levels, tags, two contacts each and an opportunity each; as pulled pages of 500 records.
std::vector<crm::sync::PullResponse> make_book(const Options& o) {
    std::mt19937 rng(42);
    auto pick = [&](const std::vector<std::string>& from) { return from[rng() % from.size()]; };
    const std::vector<std::string> cities = {"北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "Berlin", "Munich"};
    const std::vector<std::string> words = {"华联", "东方", "长江", "金山", "鼎盛", "宏达", "Acme", "Globex", "Initech", "Umbrella",
                                            "Stark", "Wayne", "恒通", "瑞丰", "新星", "海天"};
    const std::vector<std::string> trades = {"贸易", "机械", "科技", "物流", "食品", "Trading", "Robotics", "Logistics"};
    const std::vector<std::string> tags = {"vip", "retail", "wholesale", "export", "key-account", "new", "渠道", "重点"};
    const std::vector<std::string> people = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "Anna", "Peter"};
    auto phone = [&] {
        const int a = 130 + int(rng() % 60), b = int(rng() % 10000), c = int(rng() % 10000);
        char buf[32];
        switch (rng() % 3) {
        case 0: std::snprintf(buf, sizeof buf, "+86 %d %04d %04d", a, b, c); break;
        case 1: std::snprintf(buf, sizeof buf, "%d-%04d-%04d", a, b, c); break;
        default: std::snprintf(buf, sizeof buf, "%d%04d%04d", a, b, c);
        }
        return std::string(buf);
    };
    std::vector<crm::sync::Change> all;
    for (int i = 0; i < o.customers; ++i) {
        const std::string id = uuid(1, i);
        json c = {{"id", id}, {"name", pick(cities) + pick(words) + pick(trades) + "有限公司 " + std::to_string(i)},
                  {"kind", "company"}, {"lifecycle", pick({"potential", "active", "lost"})},
                  {"level", pick({"A", "B", "C"})}, {"region", pick(cities)}, {"phone", phone()},
                  {"address", pick(cities) + "市" + pick(words) + "路" + std::to_string(rng() % 900 + 1) + "号"},
                  {"tags", {pick(tags), pick(tags)}}, {"owner_id", kRep}};
        all.push_back({"customer", id, i + 1, false, c, {}});
        for (int k = 0; k < o.contacts; ++k) {
            const std::string cid = uuid(2, i * o.contacts + k);
            all.push_back({"contact", cid, i + 1, false,
                           json{{"id", cid}, {"customer_id", id}, {"name", pick(people) + pick(people) + std::to_string(k)},
                                {"mobile", phone()}},
                           {}});
        }
        const std::string oid = uuid(3, i);
        all.push_back({"opportunity", oid, i + 1, false,
                       json{{"id", oid}, {"customer_id", id}, {"title", pick(trades) + " " + std::to_string(i)},
                            {"amount", double(rng() % 1000000)}, {"stage", pick({"discovery", "proposal", "closing"})},
                            {"status", "following"}, {"owner_id", kRep}},
                       {}});
    }
    std::vector<crm::sync::PullResponse> pages;
    for (std::size_t at = 0; at < all.size(); at += 500) {
        crm::sync::PullResponse page;
        page.changes.assign(all.begin() + long(at), all.begin() + long(std::min(all.size(), at + 500)));
        page.cursor = long(at + page.changes.size());
        page.has_more = at + 500 < all.size();
        pages.push_back(std::move(page));
    }
    return pages;
}

/// Stores the pages into a fresh replica; without the index when `bare` (its triggers dropped).
double store(const std::string& path, const std::vector<crm::sync::PullResponse>& pages, bool bare) {
    auto replica = crm::sync::Replica::open(path);
    if (!replica) throw std::runtime_error(replica.error().message);
    (*replica)->set_session({"http://127.0.0.1:1", "token", {kRep, "rep1", "rep", "", "Rep One"}});
    if (bare) {
        for (const char* entity : {"customer", "contact"})
            for (const char* op : {"insert", "update", "delete"})
                (*replica)->database().exec(std::string("DROP TRIGGER ") + entity + "_search_" + op);
        (*replica)->database().exec("DROP TRIGGER search_flush_after_pull; DROP TRIGGER search_flush_after_wipe");
    }
    Stopwatch watch;
    for (const auto& page : pages) (*replica)->apply_pull(page);
    (*replica)->record_sync_result("ok");  // as SyncClient does at the end of a sync
    return watch.ms();
}

QQuickItem* findItem(QQuickItem* root, const QString& name) {
    if (!root) return nullptr;
    if (root->objectName() == name && root->isVisible()) return root;
    for (QQuickItem* child : root->childItems())
        if (QQuickItem* found = findItem(child, name)) return found;
    return nullptr;
}

/// Waits until the window has swapped a frame after `since` (a frame counter).
bool waitFrame(const int& frames, int since) {
    return QTest::qWaitFor([&] { return frames > since; }, 5000);
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--customers") o.customers = std::stoi(argv[i + 1]);
        else if (flag == "--contacts-per-customer") o.contacts = std::stoi(argv[i + 1]);
        else if (flag == "--rounds") o.rounds = std::stoi(argv[i + 1]);
        else if (flag == "--keep") o.keep = argv[i + 1];
        else {
            std::cerr << "usage: app_bench [--customers N] [--contacts-per-customer N] [--rounds N] [--keep FILE]\n";
            return 2;
        }
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("replica.sqlite")).toStdString();

    std::cout << "Field CRM app benchmark: " << o.customers << " customers, " << o.contacts
              << " contacts and 1 opportunity each; offscreen (software renderer)\n";
    const auto pages = make_book(o);
    const double bare_ms = store(dir.filePath(QStringLiteral("bare.sqlite")).toStdString(), pages, true);
    const double indexed_ms = store(path, pages, false);
    report("pull the book into a replica without the search index", bare_ms, "ms");
    report("the same with the search index (triggers)", indexed_ms, "ms");
    report("search index cost on pulling", (indexed_ms / bare_ms - 1) * 100, "%");
    report("replica file size with the index", double(QFileInfo(QString::fromStdString(path)).size()) / 1e6, "MB");
    report("  without", double(QFileInfo(dir.filePath(QStringLiteral("bare.sqlite"))).size()) / 1e6, "MB");
    if (!o.keep.empty()) QFile::copy(QString::fromStdString(path), QString::fromStdString(o.keep));
    const double rss_before = crm::bench::rss_mb(int(::getpid()));

    // Launch: controller (opens the replica) + engine with the real Main.qml, Customers tab shown,
    // until a frame with customer rows has been swapped.
    Stopwatch launch;
    AppController controller(QString::fromStdString(path), QStringLiteral("http://127.0.0.1:1"));
    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/CrmMobile/Main.qml")));
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window) {
        std::cerr << "app_bench: Main.qml did not load\n";
        return 1;
    }
    int frames = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] { ++frames; });
    if (QQuickItem* tabs = findItem(window->contentItem(), QStringLiteral("homeTabs")))
        tabs->setProperty("currentIndex", 1);
    QQuickItem* list = nullptr;
    const bool painted = QTest::qWaitFor([&] {
        list = findItem(window->contentItem(), QStringLiteral("customerList"));
        return frames > 0 && list && list->property("count").toInt() > 0 && findItem(list, QStringLiteral("customerDelegate"));
    }, 10000);
    const double launch_ms = launch.ms();
    if (!painted) {
        std::cerr << "app_bench: the customer list was not painted\n";
        return 1;
    }
    report("launch to first customer list painted", launch_ms, "ms", "<= 500 ms", launch_ms <= 500);

    // Search keystrokes, typed one character at a time from the full list (as a rep types):
    // the field's text changes, the model resets, the view lays out and a frame is swapped. The
    // first keystroke also frees the full list's rows, so it is reported on its own.
    QQuickItem* field = findItem(window->contentItem(), QStringLiteral("searchField"));
    const QStringList queries = {QStringLiteral("北京华联"), QStringLiteral("长江机械"), QStringLiteral("138 0"),
                                 QStringLiteral("globex"), QStringLiteral("王李0")};
    std::vector<double> first, later, to_model;
    auto type = [&](const QString& text, std::vector<double>* into) {
        const int before = frames;
        Stopwatch keystroke;
        field->setProperty("text", text);
        const double model_ms = keystroke.ms();
        waitFrame(frames, before);
        if (into) {
            into->push_back(keystroke.ms());
            to_model.push_back(model_ms);
        }
    };
    for (int round = 0; round < o.rounds; ++round)
        for (const QString& q : queries) {
            for (int n = 1; n <= q.size(); ++n) type(q.left(n), n == 1 ? &first : &later);
            type(QString(), nullptr);
        }
    const double p50_later = crm::bench::percentile(later, 0.5);
    report("search keystroke to result painted: p50", p50_later, "ms", "<= 30 ms", p50_later <= 30);
    report("  p90", crm::bench::percentile(later, 0.9), "ms");
    report("  first keystroke from the full list, p50", crm::bench::percentile(first, 0.5), "ms");
    report("  keystroke to model reset (query + rows), p50", crm::bench::percentile(to_model, 0.5), "ms");

    // The model alone (query + rows + reset), without QML.
    std::vector<double> model_only;
    {
        CustomerListModel bare;
        bare.setController(&controller);
        for (int round = 0; round < o.rounds; ++round)
            for (const QString& q : queries) {
                Stopwatch watch;
                bare.setFilterText(q);
                model_only.push_back(watch.ms());
            }
    }
    report("  CustomerListModel alone (no view, from another search), p50", crm::bench::percentile(model_only, 0.5), "ms");

    // The raw limit: the bare queries, without the model or the view.
    auto replica = crm::sync::Replica::open(path);
    std::vector<double> raw;
    std::size_t rows = 0;
    for (int round = 0; round < o.rounds; ++round)
        for (const QString& q : queries) {
            Stopwatch watch;
            rows += crm::sync::CustomerSearch::find(**replica, {q.toStdString(), {}, {}, {}, {}, CustomerListModel::searchLimit + 1}).size();
            raw.push_back(watch.ms());
        }
    report("raw: CustomerSearch::find of the same queries (limit " + std::to_string(CustomerListModel::searchLimit + 1) + "), p50", crm::bench::percentile(raw, 0.5), "ms");
    Stopwatch all;
    const auto everyone = crm::sync::CustomerSearch::find(**replica, {});
    report("raw: the whole list (" + std::to_string(everyone.size()) + " rows, sorted by name)", all.ms(), "ms");
    report("process RSS before the UI", rss_before, "MB");
    report("process RSS with the app shown and searched", crm::bench::rss_mb(int(::getpid())), "MB");
    return rows > 0 ? 0 : 1;
}

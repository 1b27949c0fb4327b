#include "team/teamdirectory.h"

#include "crm/sync/replica.h"
#include "session/appcontroller.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <functional>

namespace {

QString text(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

}  // namespace

TeamDirectory::TeamDirectory(QObject* parent) : QObject(parent) {}

void TeamDirectory::setController(AppController* controller) {
    if (controller == m_controller) return;
    if (m_controller) disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &AppController::recordsChanged, this, &TeamDirectory::reload);
        connect(m_controller, &AppController::sessionChanged, this, &TeamDirectory::reload);
    }
    emit controllerChanged();
    reload();
}

void TeamDirectory::reload() {
    std::optional<nlohmann::json> doc;
    try {
        if (m_controller && m_controller->replica()) doc = m_controller->replica()->document("directory");
    } catch (const std::exception& e) {
        qWarning() << "reading the directory failed:" << e.what();
    }
    m_units.clear();
    m_users.clear();
    m_parentOf.clear();
    m_loaded = doc.has_value();
    if (doc && doc->is_object()) {
        QHash<QString, QString> names;
        QHash<QString, QStringList> children;
        QStringList roots;
        for (const auto& u : doc->value("units", nlohmann::json::array())) {
            const QString id = text(u, "id");
            names[id] = text(u, "name");
            m_parentOf[id] = text(u, "parent_id");
        }
        for (auto it = m_parentOf.cbegin(); it != m_parentOf.cend(); ++it) {
            if (names.contains(it.value())) children[it.value()].append(it.key());
            else roots.append(it.key());  // the root, or the top of a manager's visible subtree
        }
        auto byName = [&](QStringList& ids) {
            std::sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) {
                return names[a].localeAwareCompare(names[b]) < 0;
            });
        };
        std::function<void(const QString&, int)> walk = [&](const QString& id, int depth) {
            m_units.append(QVariantMap{{"id", id}, {"name", names[id]}, {"parentId", m_parentOf[id]}, {"depth", depth}});
            QStringList kids = children.value(id);
            byName(kids);
            for (const auto& kid : kids) walk(kid, depth + 1);
        };
        byName(roots);
        for (const auto& root : roots) walk(root, 0);
        for (const auto& u : doc->value("users", nlohmann::json::array())) {
            const QString name = text(u, "display_name").isEmpty() ? text(u, "login") : text(u, "display_name");
            m_users.append(QVariantMap{{"id", text(u, "id")},
                                       {"login", text(u, "login")},
                                       {"name", name},
                                       {"role", text(u, "role")},
                                       {"unitId", text(u, "unit_id")},
                                       {"unitName", names.value(text(u, "unit_id"))},
                                       {"active", u.value("active", true)}});
        }
        std::sort(m_users.begin(), m_users.end(), [](const QVariant& a, const QVariant& b) {
            return a.toMap().value("name").toString().localeAwareCompare(b.toMap().value("name").toString()) < 0;
        });
    }
    emit changed();
}

QString TeamDirectory::userName(const QString& userId) const {
    for (const auto& u : m_users)
        if (u.toMap().value("id").toString() == userId) return u.toMap().value("name").toString();
    return {};
}

QString TeamDirectory::unitName(const QString& unitId) const {
    for (const auto& u : m_units)
        if (u.toMap().value("id").toString() == unitId) return u.toMap().value("name").toString();
    return {};
}

bool TeamDirectory::unitWithin(const QString& unitId, const QString& ancestorId) const {
    QString current = unitId;
    for (int guard = 0; !current.isEmpty() && guard < 1000; ++guard) {
        if (current == ancestorId) return true;
        current = m_parentOf.value(current);
    }
    return false;
}

QVariantList TeamDirectory::usersWithin(const QString& unitId) const {
    if (unitId.isEmpty()) return m_users;
    QVariantList out;
    for (const auto& u : m_users)
        if (unitWithin(u.toMap().value("unitId").toString(), unitId)) out.append(u);
    return out;
}

#include "team/reassignment.h"

#include "common/jsonvariant.h"

#include "crm/sync/replica.h"
#include "team/teamdirectory.h"

using JsonVariant::toStd;

Reassignment::Reassignment(QObject* parent) : RecordWriter(parent) {}

bool Reassignment::allowed() const {
    return controller() && (controller()->role() == QStringLiteral("manager") || controller()->role() == QStringLiteral("hq"));
}

QVariantList Reassignment::candidates(const QString& currentOwnerId) const {
    if (!allowed()) return {};
    TeamDirectory directory;
    directory.setController(controller());
    QString ownUnit;
    for (const auto& u : directory.users())
        if (u.toMap().value("id").toString() == controller()->userId()) ownUnit = u.toMap().value("unitId").toString();
    if (controller()->role() != QStringLiteral("hq") && ownUnit.isEmpty()) return {};
    QVariantList out;
    for (const auto& u : directory.usersWithin(controller()->role() == QStringLiteral("hq") ? QString() : ownUnit)) {
        const auto user = u.toMap();
        if (!user.value("active").toBool() || user.value("id").toString() == currentOwnerId) continue;
        out.append(QVariantMap{{"id", user.value("id")}, {"name", user.value("name")},
                               {"unitName", user.value("unitName")}, {"role", user.value("role")}});
    }
    return out;
}

bool Reassignment::reassign(const QString& entity, const QString& recordId, const QString& ownerId) {
    if (!allowed()) {
        fail({}, tr("Only managers and headquarters reassign."));
        return false;
    }
    if (entity != QStringLiteral("customer") && entity != QStringLiteral("lead")) {
        fail({}, tr("Only customers and leads can be reassigned."));
        return false;
    }
    bool known = false;
    for (const auto& c : candidates(QString()))
        if (c.toMap().value("id").toString() == ownerId) known = true;
    if (!known) {
        fail({}, tr("Pick someone of your team."));
        return false;
    }
    auto* r = replica();
    if (!r) return false;
    const auto record = r->find(toStd(entity), toStd(recordId));
    if (!record) {
        fail({}, tr("This record is not on this device."));
        return false;
    }
    if (record->value("owner_id", "") == toStd(ownerId)) return true;
    const nlohmann::json change = {{"owner_id", toStd(ownerId)}};
    if (!check(entity == QStringLiteral("lead") ? "lead" : "customer", change, false) ||
        !update(entity == QStringLiteral("lead") ? "lead" : "customer", toStd(recordId), change))
        return false;
    succeed();
    return true;
}

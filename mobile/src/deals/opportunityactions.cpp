#include "deals/opportunityactions.h"

#include "common/jsonvariant.h"

#include "crm/shared/entity_schema.h"
#include "crm/sync/replica.h"

#include <QLocale>

using JsonVariant::toQString;
using JsonVariant::toStd;
using nlohmann::json;

namespace {

QStringList choices(const char* field) {
    QStringList out;
    for (const auto& value : crm::find_entity("opportunity")->field(field)->values) out << toQString(value);
    return out;
}

std::string textOf(const json& record, const char* field) {
    const auto it = record.find(field);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

OpportunityActions::OpportunityActions(QObject* parent) : RecordWriter(parent) {}

QStringList OpportunityActions::stages() const { return choices("stage"); }

QStringList OpportunityActions::statuses() const { return choices("status"); }

json OpportunityActions::amountValue(const QString& text) const {
    QString t = text.trimmed();
    if (t.isEmpty()) return nullptr;
    t.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x00a5));  // grouping, ¥
    bool ok = false;
    const double value = QLocale::c().toDouble(t, &ok);
    return ok ? json(value) : json(toStd(text));  // text: shared/'s rule reports "Enter a number"
}

QString OpportunityActions::create(const QString& customerId, const QVariantMap& fields) {
    json deal = {{"customer_id", toStd(customerId)}, {"status", "following"},
                 {"title", toStd(fields.value(QStringLiteral("title")).toString().trimmed())},
                 {"stage", toStd(fields.value(QStringLiteral("stage"), QStringLiteral("discovery")).toString())}};
    if (deal["title"] == "") deal.erase("title");
    if (auto amount = amountValue(fields.value(QStringLiteral("amount")).toString()); !amount.is_null())
        deal["amount"] = amount;
    if (const QString close = fields.value(QStringLiteral("expected_close")).toString().trimmed(); !close.isEmpty())
        deal["expected_close"] = toStd(close);
    json checked = deal;
    checked["owner_id"] = userId();  // filled by the replica; present here so only typed fields are judged
    if (!check("opportunity", checked, true)) return {};
    const auto id = RecordWriter::create("opportunity", deal);
    if (!id) return {};
    RecordWriter::create("opportunity_stage", {{"opportunity_id", *id}, {"to_stage", deal["stage"]},
                                               {"to_status", "following"}, {"changed_at", now()},
                                               {"changed_by", userId()}});
    succeed();
    return toQString(*id);
}

bool OpportunityActions::moveStage(const QString& opportunityId, const QString& stage) {
    return change(opportunityId, {{"stage", toStd(stage)}});
}

bool OpportunityActions::setStatus(const QString& opportunityId, const QString& status, const QString& reason) {
    json fields = {{"status", toStd(status)}};
    if (status == QLatin1String("lost")) {
        if (reason.trimmed().isEmpty()) {
            fail({{QStringLiteral("lost_reason"), tr("Say why the deal was lost")}}, tr("Please correct the marked fields."));
            return false;
        }
        fields["lost_reason"] = toStd(reason.trimmed());
    }
    return change(opportunityId, fields);
}

bool OpportunityActions::saveTerms(const QString& opportunityId, const QString& amount, const QString& expectedClose) {
    const json fields = {{"amount", amountValue(amount)},
                         {"expected_close", expectedClose.trimmed().isEmpty() ? json(nullptr) : json(toStd(expectedClose.trimmed()))}};
    if (!check("opportunity", fields, false) || !update("opportunity", toStd(opportunityId), fields)) return false;
    succeed();
    return true;
}

bool OpportunityActions::change(const QString& opportunityId, const json& fields) {
    auto* r = replica();
    if (!r) return false;
    if (!check("opportunity", fields, false)) return false;
    const auto current = r->find("opportunity", toStd(opportunityId));
    if (!current) {
        fail({}, tr("This opportunity is no longer on this device."));
        return false;
    }
    const std::string fromStage = textOf(*current, "stage");
    const std::string fromStatus = textOf(*current, "status");
    const std::string toStage = fields.value("stage", fromStage);
    const std::string toStatus = fields.value("status", fromStatus);
    if (!update("opportunity", toStd(opportunityId), fields)) return false;
    if (toStage == fromStage && toStatus == fromStatus) {  // nothing moved: no history entry
        succeed();
        return true;
    }
    json history = {{"opportunity_id", toStd(opportunityId)}, {"to_stage", toStage}, {"to_status", toStatus},
                    {"changed_at", now()}, {"changed_by", userId()}};
    if (!fromStage.empty()) history["from_stage"] = fromStage;
    if (!fromStatus.empty()) history["from_status"] = fromStatus;
    if (!RecordWriter::create("opportunity_stage", history)) return false;
    succeed();
    return true;
}

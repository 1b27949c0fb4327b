#include "leads/leadactions.h"

#include "common/jsonvariant.h"

#include "crm/sync/replica.h"

using JsonVariant::toQString;
using JsonVariant::toStd;
using nlohmann::json;

namespace {

const char* const kCaptureFields[] = {"person_name", "company_name", "phone", "source", "region", "priority"};

std::string textOf(const json& record, const char* field) {
    const auto it = record.find(field);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

LeadActions::LeadActions(QObject* parent) : RecordWriter(parent) {}

QString LeadActions::capture(const QVariantMap& fields) {
    json lead = {{"status", "new"}};
    for (const char* name : kCaptureFields) {
        const QString value = fields.value(QString::fromLatin1(name)).toString().trimmed();
        if (!value.isEmpty()) lead[name] = toStd(value);
    }
    QVariantMap extra;
    if (!lead.contains("person_name") && !lead.contains("company_name"))
        extra.insert(QStringLiteral("person_name"), tr("Enter a person or a company"));
    if (!check("lead", lead, true, extra)) return {};
    const auto id = create("lead", lead);
    if (!id) return {};
    succeed();
    return toQString(*id);
}

QString LeadActions::qualify(const QString& leadId) {
    auto* r = replica();
    if (!r) return {};
    const auto lead = r->find("lead", toStd(leadId));
    if (!lead) {
        fail({}, tr("This lead is no longer on this device."));
        return {};
    }
    const std::string status = textOf(*lead, "status");
    if (status == "converted" || status == "invalid") {
        fail({}, tr("This lead is already closed."));
        return {};
    }
    const std::string person = textOf(*lead, "person_name");
    const std::string company = textOf(*lead, "company_name");
    const std::string phone = textOf(*lead, "phone");
    json customer = {{"name", company.empty() ? person : company},
                     {"kind", company.empty() ? "person" : "company"},
                     {"lifecycle", "potential"}};
    if (!phone.empty()) customer["phone"] = phone;
    if (const auto region = textOf(*lead, "region"); !region.empty()) customer["region"] = region;
    const json opportunity = {{"title", toStd(tr("First deal with %1").arg(toQString(customer["name"].get<std::string>())))},
                              {"stage", "discovery"},
                              {"status", "following"}};
    // Everything is checked before the first write, so a refusal leaves no half-converted lead.
    if (!check("customer", customer, false) || !check("opportunity", opportunity, false)) return {};

    const auto customerId = create("customer", customer);
    if (!customerId) return {};
    json contact = {{"customer_id", *customerId}, {"name", person.empty() ? company : person}};
    if (!phone.empty()) contact["phone"] = phone;
    json deal = opportunity;
    deal["customer_id"] = *customerId;
    const auto contactId = create("contact", contact);
    const auto opportunityId = contactId ? create("opportunity", deal) : std::nullopt;
    if (!opportunityId) return {};
    const auto history = create("opportunity_stage", {{"opportunity_id", *opportunityId}, {"to_stage", "discovery"},
                                                      {"to_status", "following"}, {"changed_at", now()},
                                                      {"changed_by", userId()}});
    if (!history || !update("lead", toStd(leadId), {{"status", "converted"},
                                                   {"converted_customer_id", *customerId},
                                                   {"converted_opportunity_id", *opportunityId}}))
        return {};
    succeed();
    return toQString(*customerId);
}

bool LeadActions::markInvalid(const QString& leadId, const QString& reason) {
    const QString trimmed = reason.trimmed();
    const json change = {{"status", "invalid"}, {"invalid_reason", toStd(trimmed)}};
    QVariantMap extra;
    if (trimmed.isEmpty()) extra.insert(QStringLiteral("invalid_reason"), tr("Say why the lead is invalid"));
    if (!check("lead", change, false, extra) || !update("lead", toStd(leadId), change)) return false;
    succeed();
    return true;
}

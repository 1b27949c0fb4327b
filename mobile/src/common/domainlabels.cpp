#include "common/domainlabels.h"

#include <QCoreApplication>

namespace {

struct Label {
    const char* name;
    const char* text;  // source text, translated in the "DomainLabels" context
};

// QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated when looked up.
constexpr Label kEntities[] = {
    {"customer", QT_TRANSLATE_NOOP("DomainLabels", "Customer")},
    {"contact", QT_TRANSLATE_NOOP("DomainLabels", "Contact")},
    {"lead", QT_TRANSLATE_NOOP("DomainLabels", "Lead")},
    {"opportunity", QT_TRANSLATE_NOOP("DomainLabels", "Opportunity")},
    {"visit", QT_TRANSLATE_NOOP("DomainLabels", "Visit")},
    {"comment", QT_TRANSLATE_NOOP("DomainLabels", "Comment")},
    {"task", QT_TRANSLATE_NOOP("DomainLabels", "Task")},
    {"opportunity_stage", QT_TRANSLATE_NOOP("DomainLabels", "Stage change")},
    {"revision", QT_TRANSLATE_NOOP("DomainLabels", "Key field change")},
    {"org_unit", QT_TRANSLATE_NOOP("DomainLabels", "Org unit")},
    {"user", QT_TRANSLATE_NOOP("DomainLabels", "User")},
};

constexpr Label kFields[] = {
    {"name", QT_TRANSLATE_NOOP("DomainLabels", "Name")},
    {"kind", QT_TRANSLATE_NOOP("DomainLabels", "Kind")},
    {"industry", QT_TRANSLATE_NOOP("DomainLabels", "Industry")},
    {"region", QT_TRANSLATE_NOOP("DomainLabels", "Region")},
    {"address", QT_TRANSLATE_NOOP("DomainLabels", "Address")},
    {"latitude", QT_TRANSLATE_NOOP("DomainLabels", "Latitude")},
    {"longitude", QT_TRANSLATE_NOOP("DomainLabels", "Longitude")},
    {"phone", QT_TRANSLATE_NOOP("DomainLabels", "Phone")},
    {"mobile", QT_TRANSLATE_NOOP("DomainLabels", "Mobile")},
    {"email", QT_TRANSLATE_NOOP("DomainLabels", "Email")},
    {"lifecycle", QT_TRANSLATE_NOOP("DomainLabels", "Lifecycle")},
    {"level", QT_TRANSLATE_NOOP("DomainLabels", "Level")},
    {"value_score", QT_TRANSLATE_NOOP("DomainLabels", "Value score")},
    {"tags", QT_TRANSLATE_NOOP("DomainLabels", "Tags")},
    {"tax_id", QT_TRANSLATE_NOOP("DomainLabels", "Tax ID")},
    {"credit_level", QT_TRANSLATE_NOOP("DomainLabels", "Credit level")},
    {"owner_id", QT_TRANSLATE_NOOP("DomainLabels", "Owner")},
    {"customer_id", QT_TRANSLATE_NOOP("DomainLabels", "Customer")},
    {"title", QT_TRANSLATE_NOOP("DomainLabels", "Title")},
    {"key_person", QT_TRANSLATE_NOOP("DomainLabels", "Key person")},
    {"source", QT_TRANSLATE_NOOP("DomainLabels", "Source")},
    {"person_name", QT_TRANSLATE_NOOP("DomainLabels", "Person")},
    {"company_name", QT_TRANSLATE_NOOP("DomainLabels", "Company")},
    {"priority", QT_TRANSLATE_NOOP("DomainLabels", "Priority")},
    {"pool", QT_TRANSLATE_NOOP("DomainLabels", "Lead pool")},
    {"status", QT_TRANSLATE_NOOP("DomainLabels", "Status")},
    {"duplicate_of", QT_TRANSLATE_NOOP("DomainLabels", "Duplicate of")},
    {"invalid_reason", QT_TRANSLATE_NOOP("DomainLabels", "Reason for invalid")},
    {"converted_customer_id", QT_TRANSLATE_NOOP("DomainLabels", "Converted to customer")},
    {"converted_opportunity_id", QT_TRANSLATE_NOOP("DomainLabels", "Converted to opportunity")},
    {"amount", QT_TRANSLATE_NOOP("DomainLabels", "Amount")},
    {"stage", QT_TRANSLATE_NOOP("DomainLabels", "Stage")},
    {"expected_close", QT_TRANSLATE_NOOP("DomainLabels", "Expected close")},
    {"lost_reason", QT_TRANSLATE_NOOP("DomainLabels", "Reason for loss")},
    {"lead_id", QT_TRANSLATE_NOOP("DomainLabels", "Lead")},
    {"rep_id", QT_TRANSLATE_NOOP("DomainLabels", "Rep")},
    {"planned_at", QT_TRANSLATE_NOOP("DomainLabels", "Planned time")},
    {"check_in_at", QT_TRANSLATE_NOOP("DomainLabels", "Check-in time")},
    {"check_in_latitude", QT_TRANSLATE_NOOP("DomainLabels", "Check-in latitude")},
    {"check_in_longitude", QT_TRANSLATE_NOOP("DomainLabels", "Check-in longitude")},
    {"check_in_accuracy", QT_TRANSLATE_NOOP("DomainLabels", "Check-in accuracy")},
    {"check_in_source", QT_TRANSLATE_NOOP("DomainLabels", "Position source")},
    {"check_in_fix_age_s", QT_TRANSLATE_NOOP("DomainLabels", "Position age")},
    {"check_in_distance_m", QT_TRANSLATE_NOOP("DomainLabels", "Distance from customer")},
    {"check_in_status", QT_TRANSLATE_NOOP("DomainLabels", "Check-in result")},
    {"server_check_in_status", QT_TRANSLATE_NOOP("DomainLabels", "Server check-in result")},
    {"check_out_at", QT_TRANSLATE_NOOP("DomainLabels", "Check-out time")},
    {"check_out_latitude", QT_TRANSLATE_NOOP("DomainLabels", "Check-out latitude")},
    {"check_out_longitude", QT_TRANSLATE_NOOP("DomainLabels", "Check-out longitude")},
    {"check_out_accuracy", QT_TRANSLATE_NOOP("DomainLabels", "Check-out accuracy")},
    {"purpose", QT_TRANSLATE_NOOP("DomainLabels", "Purpose")},
    {"notes", QT_TRANSLATE_NOOP("DomainLabels", "Notes")},
    {"outcome", QT_TRANSLATE_NOOP("DomainLabels", "Outcome")},
    {"next_step", QT_TRANSLATE_NOOP("DomainLabels", "Next step")},
    {"follow_up_date", QT_TRANSLATE_NOOP("DomainLabels", "Follow-up date")},
    {"visit_id", QT_TRANSLATE_NOOP("DomainLabels", "Visit")},
    {"author_id", QT_TRANSLATE_NOOP("DomainLabels", "Author")},
    {"body", QT_TRANSLATE_NOOP("DomainLabels", "Text")},
    {"read_at", QT_TRANSLATE_NOOP("DomainLabels", "Read at")},
    {"due_at", QT_TRANSLATE_NOOP("DomainLabels", "Due")},
    {"related_entity", QT_TRANSLATE_NOOP("DomainLabels", "Related to")},
    {"related_id", QT_TRANSLATE_NOOP("DomainLabels", "Related record")},
    {"done", QT_TRANSLATE_NOOP("DomainLabels", "Done")},
    {"done_at", QT_TRANSLATE_NOOP("DomainLabels", "Done at")},
    {"opportunity_id", QT_TRANSLATE_NOOP("DomainLabels", "Opportunity")},
    {"from_stage", QT_TRANSLATE_NOOP("DomainLabels", "From stage")},
    {"to_stage", QT_TRANSLATE_NOOP("DomainLabels", "To stage")},
    {"from_status", QT_TRANSLATE_NOOP("DomainLabels", "From status")},
    {"to_status", QT_TRANSLATE_NOOP("DomainLabels", "To status")},
    {"changed_at", QT_TRANSLATE_NOOP("DomainLabels", "Changed at")},
    {"changed_by", QT_TRANSLATE_NOOP("DomainLabels", "Changed by")},
    {"value_segment", QT_TRANSLATE_NOOP("DomainLabels", "Value segment")},
    {"field", QT_TRANSLATE_NOOP("DomainLabels", "Field")},
    {"old_value", QT_TRANSLATE_NOOP("DomainLabels", "Old value")},
    {"new_value", QT_TRANSLATE_NOOP("DomainLabels", "New value")},
    {"requested_by", QT_TRANSLATE_NOOP("DomainLabels", "Requested by")},
    {"requested_at", QT_TRANSLATE_NOOP("DomainLabels", "Requested at")},
    {"requested_device", QT_TRANSLATE_NOOP("DomainLabels", "Requested from device")},
    {"decided_by", QT_TRANSLATE_NOOP("DomainLabels", "Decided by")},
    {"decided_at", QT_TRANSLATE_NOOP("DomainLabels", "Decided at")},
    {"decision_note", QT_TRANSLATE_NOOP("DomainLabels", "Decision note")},
    {"created_at", QT_TRANSLATE_NOOP("DomainLabels", "Created at")},
    {"updated_at", QT_TRANSLATE_NOOP("DomainLabels", "Updated at")},
};

constexpr Label kIssueStatuses[] = {
    {"rejected", QT_TRANSLATE_NOOP("DomainLabels", "Rejected")},
    {"merged", QT_TRANSLATE_NOOP("DomainLabels", "Partly overwritten")},
    {"moved", QT_TRANSLATE_NOOP("DomainLabels", "Moved to another book")},
};

constexpr Label kIssueCodes[] = {
    {"invalid", QT_TRANSLATE_NOOP("DomainLabels", "Invalid data")},
    {"forbidden", QT_TRANSLATE_NOOP("DomainLabels", "Not allowed for your role")},
    {"not_found", QT_TRANSLATE_NOOP("DomainLabels", "Record not found or no longer yours")},
    {"conflict", QT_TRANSLATE_NOOP("DomainLabels", "Record already exists")},
    {"revision_required", QT_TRANSLATE_NOOP("DomainLabels", "Key field: needs a manager's approval")},
    {"revision_pending", QT_TRANSLATE_NOOP("DomainLabels", "Key field: waits for a manager's approval")},
    {"out_of_scope", QT_TRANSLATE_NOOP("DomainLabels", "Saved in another rep's book")},
};

constexpr Label kOperations[] = {
    {"create", QT_TRANSLATE_NOOP("DomainLabels", "New")},
    {"update", QT_TRANSLATE_NOOP("DomainLabels", "Change")},
    {"delete", QT_TRANSLATE_NOOP("DomainLabels", "Deletion")},
};

constexpr Label kRoles[] = {
    {"rep", QT_TRANSLATE_NOOP("DomainLabels", "Sales rep")},
    {"manager", QT_TRANSLATE_NOOP("DomainLabels", "Manager")},
    {"hq", QT_TRANSLATE_NOOP("DomainLabels", "Headquarters")},
};

template <std::size_t N>
bool contains(const Label (&table)[N], const QString& name) {
    for (const Label& label : table)
        if (name == QLatin1String(label.name)) return true;
    return false;
}

template <std::size_t N>
QString lookup(const Label (&table)[N], const QString& name) {
    for (const Label& label : table)
        if (name == QLatin1String(label.name)) return QCoreApplication::translate("DomainLabels", label.text);
    return DomainLabels::humanize(name);
}

}  // namespace

DomainLabels::DomainLabels(QObject* parent) : QObject(parent) {}

QString DomainLabels::entity(const QString& name) { return lookup(kEntities, name); }
QString DomainLabels::field(const QString& name) { return lookup(kFields, name); }
QString DomainLabels::issueStatus(const QString& status) { return lookup(kIssueStatuses, status); }
QString DomainLabels::issueCode(const QString& code) { return code.isEmpty() ? QString() : lookup(kIssueCodes, code); }
QString DomainLabels::operation(const QString& op) { return lookup(kOperations, op); }
QString DomainLabels::role(const QString& role) { return lookup(kRoles, role); }

QString DomainLabels::humanize(const QString& name) {
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

bool DomainLabels::hasEntity(const QString& name) { return contains(kEntities, name); }

bool DomainLabels::hasField(const QString& name) { return contains(kFields, name); }

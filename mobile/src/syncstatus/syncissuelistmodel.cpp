#include "syncstatus/syncissuelistmodel.h"

#include "common/domainlabels.h"
#include "common/jsonvariant.h"

#include "crm/sync/replica.h"

#include <QCoreApplication>

#include <algorithm>

using JsonVariant::toQString;

namespace {

// The fields that name a record, in the order they are tried, for the issue's title.
const char* const kTitleFields[] = {"name", "title", "company_name", "person_name", "purpose", "body"};

QString recordTitle(crm::sync::Replica& replica, const crm::sync::SyncIssue& issue) {
    // The record as it is now (it may be gone: a rejected create, an eviction), else as entered.
    const auto current = replica.find(issue.entity, issue.record_id);
    for (const nlohmann::json* record : {current ? &*current : nullptr, &issue.fields}) {
        if (!record || !record->is_object()) continue;
        for (const char* field : kTitleFields) {
            const QString text = JsonVariant::text(*record, field);
            if (!text.isEmpty()) return text;
        }
    }
    return QString::fromStdString(issue.record_id).left(8);
}

// What the user had entered: [{field, label, value, lost}], lost fields first.
QVariantList enteredValues(const crm::sync::SyncIssue& issue) {
    QVariantList lost, rest;
    if (!issue.fields.is_object()) return {};
    for (const auto& [name, value] : issue.fields.items()) {
        const bool isLost = std::find(issue.lost_fields.begin(), issue.lost_fields.end(), name) != issue.lost_fields.end();
        const QString text = value.is_null() ? QCoreApplication::translate("SyncIssueListModel", "(cleared)") : JsonVariant::text(issue.fields, name.c_str());
        QVariantMap row{{QStringLiteral("field"), toQString(name)},
                        {QStringLiteral("label"), DomainLabels::field(toQString(name))},
                        {QStringLiteral("value"), text},
                        {QStringLiteral("lost"), isLost}};
        (isLost ? lost : rest).append(row);
    }
    return lost + rest;
}

}  // namespace

SyncIssueListModel::SyncIssueListModel(QObject* parent) : ReplicaListModel(parent) {}

QList<QByteArray> SyncIssueListModel::roleKeys() const {
    return {"issueId", "entity", "entityLabel", "recordId", "recordTitle", "operation", "operationLabel",
            "status", "statusLabel", "code", "codeLabel", "message", "lostFields", "entered", "createdAt"};
}

QVector<QVariantMap> SyncIssueListModel::loadRows(crm::sync::Replica& replica) const {
    auto issues = replica.issues();
    std::sort(issues.begin(), issues.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
    QVector<QVariantMap> rows;
    rows.reserve(qsizetype(issues.size()));
    for (const auto& issue : issues) {
        QStringList lostLabels;
        for (const auto& field : issue.lost_fields) lostLabels << DomainLabels::field(toQString(field));
        const QString entity = toQString(issue.entity);
        rows.append({{QStringLiteral("issueId"), qint64(issue.id)},
                     {QStringLiteral("entity"), entity},
                     {QStringLiteral("entityLabel"), DomainLabels::entity(entity)},
                     {QStringLiteral("recordId"), toQString(issue.record_id)},
                     {QStringLiteral("recordTitle"), recordTitle(replica, issue)},
                     {QStringLiteral("operation"), toQString(issue.op)},
                     {QStringLiteral("operationLabel"), DomainLabels::operation(toQString(issue.op))},
                     {QStringLiteral("status"), toQString(issue.status)},
                     {QStringLiteral("statusLabel"), DomainLabels::issueStatus(toQString(issue.status))},
                     {QStringLiteral("code"), toQString(issue.code)},
                     {QStringLiteral("codeLabel"), DomainLabels::issueCode(toQString(issue.code))},
                     {QStringLiteral("message"), toQString(issue.message)},
                     {QStringLiteral("lostFields"), lostLabels.join(QStringLiteral(", "))},
                     {QStringLiteral("entered"), enteredValues(issue)},
                     {QStringLiteral("createdAt"), toQString(issue.created_at)}});
    }
    return rows;
}

bool SyncIssueListModel::dismiss(qint64 issueId) {
    return controller() && controller()->dismissIssue(issueId);
}

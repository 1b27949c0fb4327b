#include "leads/leadduplicates.h"

#include "common/jsonvariant.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <QDebug>
#include <QSet>

#include <exception>

using JsonVariant::toQString;
using JsonVariant::toStd;

namespace {

constexpr int kMaxShown = 10;

// One query over the local view (json_extract in SQLite is far cheaper than parsing every
// record in C++): each lead, customer and contact with its phones and company name.
constexpr const char* kCandidatesSql = R"sql(
SELECT r.entity, r.id,
       CASE r.entity
         WHEN 'lead' THEN coalesce(json_extract(r.data, '$.company_name'), json_extract(r.data, '$.person_name'))
         WHEN 'contact' THEN json_extract(r.data, '$.name') || ifnull(' · ' || (SELECT json_extract(c.data, '$.name')
             FROM local_record c WHERE c.entity = 'customer' AND c.id = json_extract(r.data, '$.customer_id')), '')
         ELSE json_extract(r.data, '$.name') END,
       CASE r.entity WHEN 'lead' THEN json_extract(r.data, '$.company_name')
                     WHEN 'customer' THEN json_extract(r.data, '$.name') END,
       json_extract(r.data, '$.phone'), json_extract(r.data, '$.mobile')
FROM local_record r WHERE r.entity IN ('lead', 'customer', 'contact') AND NOT r.deleted
)sql";

}  // namespace

LeadDuplicates::LeadDuplicates(QObject* parent) : QObject(parent) {}

void LeadDuplicates::setController(AppController* controller) {
    if (controller == m_controller) return;
    disconnect(m_connection);
    m_controller = controller;
    if (controller) m_connection = connect(controller, &AppController::recordsChanged, this, &LeadDuplicates::invalidate);
    emit controllerChanged();
    invalidate();
}

void LeadDuplicates::setPhone(const QString& phone) {
    if (phone == m_phone) return;
    m_phone = phone;
    emit inputChanged();
    refresh();
}

void LeadDuplicates::setCompanyName(const QString& name) {
    if (name == m_companyName) return;
    m_companyName = name;
    emit inputChanged();
    refresh();
}

void LeadDuplicates::setExcludeId(const QString& id) {
    if (id == m_excludeId) return;
    m_excludeId = id;
    emit inputChanged();
    invalidate();
}

void LeadDuplicates::invalidate() {
    m_loaded = false;
    m_candidates.clear();
    refresh();
}

void LeadDuplicates::loadCandidates() {
    m_loaded = true;
    if (!m_controller || !m_controller->replica()) return;
    try {
        auto st = m_controller->replica()->database().prepare(kCandidatesSql);
        while (st.step()) {
            crm::DuplicateCandidate base{st.text(0), st.text(1), st.text(2), {}, crm::normalize_company_name(st.text(3))};
            if (base.id == toStd(m_excludeId)) continue;
            // A contact's mobile and phone are two ways to match the same person.
            bool added = false;
            for (int column : {4, 5}) {
                auto candidate = base;
                candidate.phone_key = crm::normalize_phone(st.text(column));
                if (candidate.phone_key.empty()) continue;
                m_candidates.push_back(std::move(candidate));
                added = true;
            }
            if (!added && !base.company_key.empty()) m_candidates.push_back(std::move(base));
        }
    } catch (const std::exception& e) {
        qWarning() << "LeadDuplicates could not read the replica:" << e.what();
    }
}

void LeadDuplicates::refresh() {
    QVariantList matches;
    if (!m_phone.trimmed().isEmpty() || !m_companyName.trimmed().isEmpty()) {
        if (!m_loaded) loadCandidates();
        QSet<QString> seen;
        for (const auto& m : crm::find_duplicates(toStd(m_phone), toStd(m_companyName), m_candidates)) {
            const QString id = toQString(m.candidate.id);
            if (seen.contains(id)) continue;
            seen.insert(id);
            matches.append(QVariantMap{{QStringLiteral("entity"), toQString(m.candidate.entity)},
                                       {QStringLiteral("id"), id},
                                       {QStringLiteral("label"), toQString(m.candidate.label)},
                                       {QStringLiteral("samePhone"), m.same_phone},
                                       {QStringLiteral("sameCompany"), m.same_company}});
            if (matches.size() == kMaxShown) break;
        }
    }
    if (matches == m_matches) return;
    m_matches = matches;
    emit matchesChanged();
}

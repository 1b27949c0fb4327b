#include "deals/opportunitylistmodel.h"

#include "common/jsonvariant.h"

#include "crm/shared/entity_schema.h"
#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <algorithm>

using JsonVariant::toQString;

namespace {

// One query with the customer's name from the search index (no JSON parsed in C++: the Deals
// tab is built at launch, with thousands of opportunities in a big book).
constexpr const char* kSql = R"sql(
SELECT o.id, json_extract(o.data, '$.title'), json_extract(o.data, '$.customer_id'), c.name,
       json_extract(o.data, '$.amount'), json_extract(o.data, '$.stage'), json_extract(o.data, '$.status'),
       json_extract(o.data, '$.expected_close'), o.pending
FROM local_record o LEFT JOIN customer_index c ON c.id = json_extract(o.data, '$.customer_id')
WHERE o.entity = 'opportunity' AND NOT o.deleted
)sql";

bool isOpen(const QString& status) { return status == QLatin1String("following") || status == QLatin1String("on_hold"); }

}  // namespace

OpportunityListModel::OpportunityListModel(QObject* parent) : ReplicaListModel(parent) {
    m_status = QStringLiteral("open");
}

void OpportunityListModel::setFilter(QString& slot, const QString& value) {
    if (value == slot) return;
    slot = value;
    emit filterChanged();
    reload();
}

QList<QByteArray> OpportunityListModel::roleKeys() const {
    return {"id", "title", "customerId", "customerName", "amount", "stage", "stageIndex", "status", "expectedClose", "pending"};
}

QVector<QVariantMap> OpportunityListModel::loadRows(crm::sync::Replica& replica) const {
    const auto& stages = crm::find_entity("opportunity")->field("stage")->values;
    std::vector<std::pair<int, double>> totals(stages.size(), {0, 0.0});
    QVector<QVariantMap> rows;
    auto st = replica.database().prepare(kSql);
    while (st.step()) {
        const QString customerId = toQString(st.text(2));
        if (!m_customerId.isEmpty() && customerId != m_customerId) continue;
        const std::string stage = st.text(5);
        const int stageIndex = int(std::find(stages.begin(), stages.end(), stage) - stages.begin());
        const QString status = toQString(st.text(6));
        const QVariant amount = st.is_null(4) ? QVariant() : QVariant(std::stod(st.text(4)));
        if (isOpen(status) && stageIndex < int(stages.size())) {
            totals[stageIndex].first += 1;
            totals[stageIndex].second += amount.toDouble();
        }
        if (!m_stage.isEmpty() && toQString(stage) != m_stage) continue;
        if (m_status == QLatin1String("open") ? !isOpen(status) : !m_status.isEmpty() && status != m_status) continue;
        rows.append(QVariantMap{{QStringLiteral("id"), toQString(st.text(0))},
                                {QStringLiteral("title"), toQString(st.text(1))},
                                {QStringLiteral("customerId"), customerId},
                                {QStringLiteral("customerName"), toQString(st.text(3))},
                                {QStringLiteral("amount"), amount},
                                {QStringLiteral("stage"), toQString(stage)},
                                {QStringLiteral("stageIndex"), stageIndex},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("expectedClose"), toQString(st.text(7))},
                                {QStringLiteral("pending"), st.integer(8) != 0}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        const int sa = a.value(QStringLiteral("stageIndex")).toInt(), sb = b.value(QStringLiteral("stageIndex")).toInt();
        if (sa != sb) return sa < sb;
        // Soonest expected close first; none last.
        const QString ca = a.value(QStringLiteral("expectedClose")).toString();
        const QString cb = b.value(QStringLiteral("expectedClose")).toString();
        if (ca != cb) return cb.isEmpty() || (!ca.isEmpty() && ca < cb);
        return a.value(QStringLiteral("title")).toString() < b.value(QStringLiteral("title")).toString();
    });
    QVariantList summary;
    for (std::size_t i = 0; i < stages.size(); ++i)
        summary.append(QVariantMap{{QStringLiteral("stage"), toQString(stages[i])},
                                   {QStringLiteral("count"), totals[i].first},
                                   {QStringLiteral("amount"), totals[i].second}});
    if (summary != m_summary) {
        m_summary = summary;
        QMetaObject::invokeMethod(const_cast<OpportunityListModel*>(this), &OpportunityListModel::summaryChanged,
                                  Qt::QueuedConnection);
    }
    return rows;
}

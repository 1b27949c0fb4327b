#include "customers/customerlistmodel.h"

#include "common/jsonvariant.h"

#include "crm/sync/customer_search.h"

#include <QDebug>

#include <exception>

using JsonVariant::toQString;
using JsonVariant::toStd;

namespace {

QVariantList facetList(const std::vector<crm::sync::FacetValue>& values) {
    QVariantList out;
    for (const auto& v : values)
        out.append(QVariantMap{{QStringLiteral("value"), toQString(v.value)}, {QStringLiteral("count"), qlonglong(v.count)}});
    return out;
}

}  // namespace

CustomerListModel::CustomerListModel(QObject* parent) : ReplicaListModel(parent) {
    connect(this, &ReplicaListModel::controllerChanged, this, [this] {
        disconnect(m_recordsConnection);
        if (controller())
            m_recordsConnection = connect(controller(), &AppController::recordsChanged, this,
                                          &CustomerListModel::invalidateFacets);
        invalidateFacets();
    });
}

void CustomerListModel::invalidateFacets() {
    m_facetsValid = false;
    emit facetsChanged();
}

QVariantMap CustomerListModel::facets() const {
    if (m_facetsValid) return m_facets;
    m_facets.clear();
    if (controller() && controller()->replica()) {
        try {
            const auto f = crm::sync::CustomerSearch::facets(*controller()->replica());
            m_facets = {{QStringLiteral("lifecycle"), facetList(f.lifecycles)},
                        {QStringLiteral("level"), facetList(f.levels)},
                        {QStringLiteral("region"), facetList(f.regions)},
                        {QStringLiteral("tag"), facetList(f.tags)},
                        {QStringLiteral("segment"), facetList(f.segments)}};
        } catch (const std::exception& e) {
            qWarning() << "CustomerListModel could not read the filter choices:" << e.what();
        }
    }
    m_facetsValid = true;
    return m_facets;
}

void CustomerListModel::setFilterText(const QString& text) {
    if (text == m_filterText) return;
    m_filterText = text;
    emit filterTextChanged();
    reload();
}

void CustomerListModel::setFilter(QString& slot, const QString& value) {
    if (value == slot) return;
    slot = value;
    emit filtersChanged();
    reload();
}

int CustomerListModel::activeFilterCount() const {
    return int(!m_lifecycle.isEmpty()) + int(!m_level.isEmpty()) + int(!m_region.isEmpty()) + int(!m_tag.isEmpty()) +
           int(!m_segment.isEmpty());
}

void CustomerListModel::clearFilters() {
    if (activeFilterCount() == 0) return;
    m_lifecycle.clear();
    m_level.clear();
    m_region.clear();
    m_tag.clear();
    m_segment.clear();
    emit filtersChanged();
    reload();
}

QList<QByteArray> CustomerListModel::roleKeys() const {
    return {"id", "name", "kind", "lifecycle", "level", "region", "phone", "address", "pending", "segment", "valueScore"};
}

QVector<QVariantMap> CustomerListModel::loadRows(crm::sync::Replica& replica) const {
    const bool searching = !m_filterText.trimmed().isEmpty();
    const crm::sync::CustomerQuery query{toStd(m_filterText), toStd(m_lifecycle), toStd(m_level), toStd(m_region),
                                         toStd(m_tag), searching ? std::size_t(searchLimit) + 1 : 0, toStd(m_segment)};
    auto found = crm::sync::CustomerSearch::find(replica, query);
    const bool truncated = found.size() > std::size_t(searchLimit) && searching;
    if (truncated) found.resize(searchLimit);
    if (truncated != m_truncated) {
        m_truncated = truncated;
        QMetaObject::invokeMethod(const_cast<CustomerListModel*>(this), &CustomerListModel::truncatedChanged,
                                  Qt::QueuedConnection);
    }
    QVector<QVariantMap> rows;
    rows.reserve(qsizetype(found.size()));
    for (const auto& c : found) {
        rows.append(QVariantMap{{QStringLiteral("id"), toQString(c.id)},
                                {QStringLiteral("name"), toQString(c.name)},
                                {QStringLiteral("kind"), toQString(c.kind)},
                                {QStringLiteral("lifecycle"), toQString(c.lifecycle)},
                                {QStringLiteral("level"), toQString(c.level)},
                                {QStringLiteral("region"), toQString(c.region)},
                                {QStringLiteral("phone"), toQString(c.phone)},
                                {QStringLiteral("address"), toQString(c.address)},
                                {QStringLiteral("pending"), c.pending},
                                {QStringLiteral("segment"), toQString(c.segment)},
                                {QStringLiteral("valueScore"), c.value_score < 0 ? QVariant() : QVariant(c.value_score)}});
    }
    return rows;
}

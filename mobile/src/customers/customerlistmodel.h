#pragma once
// The signed-in user's customers from the replica's search index, sorted by name: search text
// (name, phone in any format, region, address, tags, contacts' names and phones) and filters
// (lifecycle, level, region, tag, value segment). Only the columns the list shows are read.

#include "records/replicalistmodel.h"

#include <QVariantList>

class CustomerListModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QString lifecycle READ lifecycle WRITE setLifecycle NOTIFY filtersChanged)
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY filtersChanged)
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY filtersChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY filtersChanged)
    /// Value segment A / B / C (server-computed, see server/README.md "Customer value").
    Q_PROPERTY(QString segment READ segment WRITE setSegment NOTIFY filtersChanged)
    /// How many of lifecycle / level / region / tag / segment are set (for the filter button's badge).
    Q_PROPERTY(int activeFilterCount READ activeFilterCount NOTIFY filtersChanged)
    /// True when a search found more customers than are listed (searchLimit): type more to narrow.
    Q_PROPERTY(bool truncated READ truncated NOTIFY truncatedChanged)
    /// The filters' choices: {lifecycle: [{value, count}], level: [...], region: [...], tag: [...], segment: [...]}.
    Q_PROPERTY(QVariantMap facets READ facets NOTIFY facetsChanged)

public:
    enum Roles { IdRole = Qt::UserRole + 1, NameRole, KindRole, LifecycleRole, LevelRole, RegionRole, PhoneRole,
                 AddressRole, PendingRole, SegmentRole, ValueScoreRole };
    Q_ENUM(Roles)

    explicit CustomerListModel(QObject* parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString& text);
    QString lifecycle() const { return m_lifecycle; }
    void setLifecycle(const QString& value) { setFilter(m_lifecycle, value); }
    QString level() const { return m_level; }
    void setLevel(const QString& value) { setFilter(m_level, value); }
    QString region() const { return m_region; }
    void setRegion(const QString& value) { setFilter(m_region, value); }
    QString tag() const { return m_tag; }
    void setTag(const QString& value) { setFilter(m_tag, value); }
    QString segment() const { return m_segment; }
    void setSegment(const QString& value) { setFilter(m_segment, value); }
    int activeFilterCount() const;
    bool truncated() const { return m_truncated; }
    /// At most this many rows for a search text (a keystroke stays fast with a big book; nobody
    /// scrolls through thousands of hits). The plain or filtered list shows every customer.
    static constexpr int searchLimit = 300;
    /// Computed when first read after the records changed (not on every keystroke).
    QVariantMap facets() const;

    /// Clears lifecycle, level, region, tag and segment (the search text stays).
    Q_INVOKABLE void clearFilters();

signals:
    void filterTextChanged();
    void filtersChanged();
    void facetsChanged();
    void truncatedChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;

private:
    void setFilter(QString& slot, const QString& value);
    void invalidateFacets();

    QString m_filterText;
    QString m_lifecycle;
    QString m_level;
    QString m_region;
    QString m_tag;
    QString m_segment;
    QMetaObject::Connection m_recordsConnection;
    mutable QVariantMap m_facets;
    mutable bool m_facetsValid = false;
    mutable bool m_truncated = false;
};

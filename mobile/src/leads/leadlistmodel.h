#pragma once
// The rep's leads, newest first, by status ("open": new, contacted or qualified; "" all; or one
// status) and search text (person, company, phone in any format, region, source).

#include "records/replicalistmodel.h"

class LeadListModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)

public:
    explicit LeadListModel(QObject* parent = nullptr);

    QString status() const { return m_status; }
    void setStatus(const QString& status);
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString& text);

signals:
    void filterChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;

private:
    QString m_status = QStringLiteral("open");
    QString m_filterText;
};

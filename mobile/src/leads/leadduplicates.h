#pragma once
// The duplicate warning of the lead form: as the rep types a phone or company name, the local
// leads, customers and contacts with the same normalized phone or company name (crm::find_duplicates).
// The candidates' keys are computed once and again only after the records change.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "crm/shared/normalize.h"

#include <vector>

#include "session/appcontroller.h"

class LeadDuplicates : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY inputChanged)
    Q_PROPERTY(QString companyName READ companyName WRITE setCompanyName NOTIFY inputChanged)
    /// Lead ids to leave out (the lead being looked at itself).
    Q_PROPERTY(QString excludeId READ excludeId WRITE setExcludeId NOTIFY inputChanged)
    /// [{entity: "lead"|"customer"|"contact", id, label, samePhone, sameCompany}], phone matches first.
    Q_PROPERTY(QVariantList matches READ matches NOTIFY matchesChanged)
    Q_PROPERTY(int count READ count NOTIFY matchesChanged)

public:
    explicit LeadDuplicates(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QString phone() const { return m_phone; }
    void setPhone(const QString& phone);
    QString companyName() const { return m_companyName; }
    void setCompanyName(const QString& name);
    QString excludeId() const { return m_excludeId; }
    void setExcludeId(const QString& id);
    QVariantList matches() const { return m_matches; }
    int count() const { return int(m_matches.size()); }

signals:
    void controllerChanged();
    void inputChanged();
    void matchesChanged();

private:
    void invalidate();
    void refresh();
    void loadCandidates();

    QPointer<AppController> m_controller;
    QMetaObject::Connection m_connection;
    QString m_phone;
    QString m_companyName;
    QString m_excludeId;
    QVariantList m_matches;
    std::vector<crm::DuplicateCandidate> m_candidates;
    bool m_loaded = false;
};

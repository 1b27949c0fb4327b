#pragma once
// Headquarters' lead pools (LeadPoolPage.qml): the open unassigned leads per pool from the
// server (GET /v1/leads/pools), the leads of the chosen pool from the replica (hq's replica
// holds every pool lead), a multi-selection and its assignment to a rep or manager
// (POST /v1/leads/assign), after which a sync moves the leads out of the pool.

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class AppController;
Q_MOC_INCLUDE("session/appcontroller.h")

class LeadPoolModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    /// [{key, name, total, priorities, regions}] largest first; key "" is the leads without a pool.
    Q_PROPERTY(QVariantList pools READ pools NOTIFY poolsChanged)
    /// The chosen pool's key; `poolChosen` false before a choice.
    Q_PROPERTY(QString pool READ pool NOTIFY changed)
    Q_PROPERTY(bool poolChosen READ poolChosen NOTIFY changed)
    /// Open unassigned leads of the chosen pool: [{id, title, person, phone, region, priority, selected}].
    Q_PROPERTY(QVariantList leads READ leads NOTIFY changed)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY changed)

public:
    explicit LeadPoolModel(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QVariantList pools() const { return m_pools; }
    QString pool() const { return m_pool; }
    bool poolChosen() const { return m_poolChosen; }
    QVariantList leads() const { return m_leads; }
    int selectedCount() const { return static_cast<int>(m_selected.size()); }
    bool busy() const { return m_pending > 0; }
    bool offline() const { return m_offline; }
    QString error() const { return m_error; }
    QString lastResult() const { return m_lastResult; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void choosePool(const QString& key);
    Q_INVOKABLE void toggle(const QString& leadId);
    Q_INVOKABLE void selectAll(bool selected);
    /// Assigns the selected leads to `ownerId` (an active rep or manager).
    Q_INVOKABLE void assignSelected(const QString& ownerId);

signals:
    void controllerChanged();
    void changed();
    /// Only when the pools were fetched again (a list bound to them is not rebuilt on other changes).
    void poolsChanged();
    void assigned(int count);

private:
    void reloadLeads();

    QPointer<AppController> m_controller;
    QVariantList m_pools, m_leads;
    QString m_pool;
    bool m_poolChosen = false;
    QSet<QString> m_selected;
    int m_pending = 0;
    bool m_offline = false;
    QString m_error, m_lastResult;
};

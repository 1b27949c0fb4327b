#pragma once
// Where the running sync is, for the status bar and the initial-sync panel: figures reported by
// the sync job's worker thread (crm::sync::SyncProgress), handed over on the GUI thread.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace crm::sync {
struct SyncProgress;
}

class SyncProgressState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of the AppController (controller.progress)")

    /// A sync is running.
    Q_PROPERTY(bool active READ active NOTIFY changed)
    /// The running sync is the first one into an empty replica (the whole book is coming).
    Q_PROPERTY(bool initial READ initial NOTIFY changed)
    /// "push", "pull" or "" (not started or not running).
    Q_PROPERTY(QString phase READ phase NOTIFY changed)
    Q_PROPERTY(int pushed READ pushed NOTIFY changed)
    Q_PROPERTY(int pushTotal READ pushTotal NOTIFY changed)
    /// Records received so far in this sync.
    Q_PROPERTY(int received READ received NOTIFY changed)
    /// Pull pages received so far in this sync.
    Q_PROPERTY(int pages READ pages NOTIFY changed)
    /// 0..1 when the total is known (pushing), -1 when it is not (pulling: the server sends pages until done).
    Q_PROPERTY(double fraction READ fraction NOTIFY changed)
    /// One translated line: "Sending 3 of 5 changes" / "1,200 records received (2 pages)".
    Q_PROPERTY(QString text READ text NOTIFY changed)

public:
    explicit SyncProgressState(QObject* parent = nullptr);

    bool active() const { return m_active; }
    bool initial() const { return m_initial; }
    QString phase() const { return m_phase; }
    int pushed() const { return m_pushed; }
    int pushTotal() const { return m_pushTotal; }
    int received() const { return m_received; }
    int pages() const { return m_pages; }
    double fraction() const;
    QString text() const;

    /// A sync starts (initial: the replica holds nothing pulled yet).
    void begin(bool initial);
    /// A figure from the worker thread, already queued to the GUI thread.
    void update(const crm::sync::SyncProgress& progress);
    /// The sync ended (the figures stay readable until the next begin()).
    void end();

signals:
    void changed();

private:
    bool m_active = false;
    bool m_initial = false;
    QString m_phase;
    int m_pushed = 0;
    int m_pushTotal = 0;
    int m_received = 0;
    int m_pages = 0;
};

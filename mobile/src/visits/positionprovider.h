#pragma once
// The device's position for check-in and check-out, over Qt Positioning. Which source is used is
// decided once per process (`crm-mobile --position-source default|none|nmea:FILE`); tests may also
// feed fixes through receive(). While `active`, it listens for fixes; without one after
// `timeoutMs` (or when the source fails) `timedOut` turns true and the rep may check in manually.

#include "crm/shared/geo.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QGeoPositionInfo>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QGeoPositionInfoSource;

class PositionProvider : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timeoutMsChanged)
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY fixChanged)
    Q_PROPERTY(bool timedOut READ timedOut NOTIFY timedOutChanged)
    Q_PROPERTY(double latitude READ latitude NOTIFY fixChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY fixChanged)
    /// Horizontal accuracy in metres; 0 when the source does not say.
    Q_PROPERTY(double accuracy READ accuracy NOTIFY fixChanged)
    /// The position source's name ("nmea", "geoclue2", "android", ...); "" without a source.
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY fixChanged)

public:
    explicit PositionProvider(QObject* parent = nullptr);
    ~PositionProvider() override;

    /// Chooses the process's position source: "default" (the platform's), "none", or "nmea:FILE"
    /// (replays an NMEA log through Qt's nmea plugin). Returns false for an unknown spec.
    static bool setSourceSpec(const QString& spec);
    static QString sourceSpec();
    /// How long new providers wait for a fix before offering manual check-in (default 15 s).
    static void setDefaultTimeoutMs(int ms);

    bool active() const { return m_active; }
    void setActive(bool active);
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms);
    bool hasFix() const { return m_fix.isValid(); }
    bool timedOut() const { return m_timedOut; }
    double latitude() const;
    double longitude() const;
    double accuracy() const;
    QString sourceName() const { return m_sourceName; }

    /// The latest fix with its age now, or nullopt.
    std::optional<crm::GeoFix> currentFix() const;

public slots:
    /// Takes a position as the latest fix (the source's signal lands here; tests may call it).
    void receive(const QGeoPositionInfo& info);

signals:
    void activeChanged();
    void timeoutMsChanged();
    void fixChanged();
    void timedOutChanged();

private:
    void ensureSource();
    void setTimedOut(bool timedOut);

    QPointer<QGeoPositionInfoSource> m_source;
    bool m_sourceTried = false;
    bool m_replay = false;  // a replayed log: its timestamps are historic
    bool m_active = false;
    bool m_timedOut = false;
    int m_timeoutMs;
    QTimer m_timeout;
    QGeoPositionInfo m_fix;
    QElapsedTimer m_received;
    QString m_sourceName;
};

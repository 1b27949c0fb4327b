#include "visits/positionprovider.h"

#include <QGeoPositionInfoSource>
#include <QLoggingCategory>
#include <QNmeaPositionInfoSource>

#include <cmath>

Q_LOGGING_CATEGORY(lcPosition, "crm.mobile.position")

namespace {

QString g_spec = QStringLiteral("default");
int g_defaultTimeoutMs = 15000;

// NMEA gives dilution of precision, not metres: Qt derives the accuracy from HDOP and this typical
// GPS range error (in metres).
constexpr double kUserEquivalentRangeError = 5.0;

}  // namespace

PositionProvider::PositionProvider(QObject* parent) : QObject(parent), m_timeoutMs(g_defaultTimeoutMs) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!hasFix()) setTimedOut(true);
    });
}

PositionProvider::~PositionProvider() {
    if (m_source) m_source->stopUpdates();
}

bool PositionProvider::setSourceSpec(const QString& spec) {
    const bool known = spec == QLatin1String("default") || spec == QLatin1String("none") ||
                       (spec.startsWith(QLatin1String("nmea:")) && spec.size() > 5);
    if (known) g_spec = spec;
    return known;
}

QString PositionProvider::sourceSpec() { return g_spec; }

void PositionProvider::setDefaultTimeoutMs(int ms) { g_defaultTimeoutMs = ms; }

void PositionProvider::ensureSource() {
    if (m_sourceTried) return;
    m_sourceTried = true;
    if (g_spec == QLatin1String("none")) return;
    if (g_spec.startsWith(QLatin1String("nmea:"))) {
        // Qt's nmea plugin replays a file given as nmea.source in simulation mode.
        const QVariantMap parameters{{QStringLiteral("nmea.source"), g_spec.mid(5)}};
        m_source = QGeoPositionInfoSource::createSource(QStringLiteral("nmea"), parameters, this);
        m_replay = true;
    } else {
        m_source = QGeoPositionInfoSource::createDefaultSource(this);
    }
    if (!m_source) {
        qCWarning(lcPosition) << "no position source for" << g_spec;
        return;
    }
    if (auto* nmea = qobject_cast<QNmeaPositionInfoSource*>(m_source.data()))
        nmea->setUserEquivalentRangeError(kUserEquivalentRangeError);
    m_sourceName = m_source->sourceName();
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &PositionProvider::receive);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error error) {
        qCWarning(lcPosition) << "position source error" << error;
        if (!hasFix()) setTimedOut(true);  // no use waiting for the timeout
    });
    emit fixChanged();
}

void PositionProvider::setActive(bool active) {
    if (active == m_active) return;
    m_active = active;
    emit activeChanged();
    if (active) {
        ensureSource();
        if (!hasFix()) {
            setTimedOut(false);
            m_timeout.start(m_timeoutMs);
        }
        if (m_source) m_source->startUpdates();
        else if (!hasFix()) setTimedOut(true);  // nothing to wait for
    } else {
        m_timeout.stop();
        if (m_source) m_source->stopUpdates();
    }
}

void PositionProvider::setTimeoutMs(int ms) {
    if (ms == m_timeoutMs) return;
    m_timeoutMs = ms;
    emit timeoutMsChanged();
    if (m_timeout.isActive()) m_timeout.start(ms);
}

double PositionProvider::latitude() const { return hasFix() ? m_fix.coordinate().latitude() : 0; }

double PositionProvider::longitude() const { return hasFix() ? m_fix.coordinate().longitude() : 0; }

double PositionProvider::accuracy() const {
    if (!m_fix.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) return 0;
    const double metres = m_fix.attribute(QGeoPositionInfo::HorizontalAccuracy);
    return std::isfinite(metres) && metres > 0 ? metres : 0;
}

std::optional<crm::GeoFix> PositionProvider::currentFix() const {
    if (!hasFix()) return std::nullopt;
    double ageS = m_received.elapsed() / 1000.0;
    // A live fix is as old as its timestamp says (a source may hand out a cached one); a replayed
    // log's fixes count from when they were replayed.
    if (!m_replay && m_fix.timestamp().isValid())
        ageS = std::max(0.0, m_fix.timestamp().msecsTo(QDateTime::currentDateTimeUtc()) / 1000.0);
    return crm::GeoFix{{latitude(), longitude()}, accuracy(), ageS};
}

void PositionProvider::receive(const QGeoPositionInfo& info) {
    if (!info.isValid() || !info.coordinate().isValid()) return;
    m_fix = info;
    m_received.start();
    if (m_sourceName.isEmpty()) m_sourceName = m_source ? m_source->sourceName() : QStringLiteral("simulated");
    m_timeout.stop();
    setTimedOut(false);
    emit fixChanged();
}

void PositionProvider::setTimedOut(bool timedOut) {
    if (timedOut == m_timedOut) return;
    m_timedOut = timedOut;
    emit timedOutChanged();
}

#include "customers/customerdetail.h"

#include "common/jsonvariant.h"

#include "crm/sync/replica.h"

#include <QDebug>

#include <exception>

CustomerDetail::CustomerDetail(QObject* parent) : QObject(parent) {}

void CustomerDetail::setController(AppController* controller) {
    if (controller == m_controller) return;
    disconnect(m_connection);
    m_controller = controller;
    if (controller) m_connection = connect(controller, &AppController::recordsChanged, this, &CustomerDetail::reload);
    emit controllerChanged();
    reload();
}

void CustomerDetail::setCustomerId(const QString& id) {
    if (id == m_customerId) return;
    m_customerId = id;
    emit customerIdChanged();
    reload();
}

void CustomerDetail::reload() {
    m_fields.clear();
    m_found = false;
    m_pending = false;
    if (m_controller && m_controller->replica() && !m_customerId.isEmpty()) {
        try {
            auto& replica = *m_controller->replica();
            const std::string id = JsonVariant::toStd(m_customerId);
            if (const auto record = replica.find("customer", id)) {
                m_found = true;
                for (const char* name : {"name", "kind", "industry", "region", "address", "phone", "lifecycle", "level", "tags",
                                         "value_segment", "value_score"})
                    m_fields.insert(QString::fromLatin1(name), JsonVariant::text(*record, name));
                m_pending = replica.is_pending("customer", id);
            }
        } catch (const std::exception& e) {
            qWarning() << "CustomerDetail could not read the replica:" << e.what();
        }
    }
    emit changed();
}

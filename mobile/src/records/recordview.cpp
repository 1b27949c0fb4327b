#include "records/recordview.h"

#include "common/jsonvariant.h"

#include "crm/sync/replica.h"

#include <QDebug>

#include <exception>

RecordView::RecordView(QObject* parent) : QObject(parent) {}

void RecordView::setController(AppController* controller) {
    if (controller == m_controller) return;
    disconnect(m_connection);
    m_controller = controller;
    if (controller) m_connection = connect(controller, &AppController::recordsChanged, this, &RecordView::reload);
    emit controllerChanged();
    reload();
}

void RecordView::setEntity(const QString& entity) {
    if (entity == m_entity) return;
    m_entity = entity;
    emit recordChanged();
    reload();
}

void RecordView::setRecordId(const QString& id) {
    if (id == m_recordId) return;
    m_recordId = id;
    emit recordChanged();
    reload();
}

void RecordView::reload() {
    m_found = false;
    m_pending = false;
    m_fields.clear();
    if (m_controller && m_controller->replica() && !m_entity.isEmpty() && !m_recordId.isEmpty()) {
        try {
            auto& replica = *m_controller->replica();
            const std::string entity = JsonVariant::toStd(m_entity);
            const std::string id = JsonVariant::toStd(m_recordId);
            if (const auto record = replica.find(entity, id)) {
                m_found = true;
                m_fields = JsonVariant::toVariant(*record).toMap();
                m_pending = replica.is_pending(entity, id);
            }
        } catch (const std::exception& e) {
            qWarning() << "RecordView could not read the replica:" << e.what();
        }
    }
    emit changed();
}

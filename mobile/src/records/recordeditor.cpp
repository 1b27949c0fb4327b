#include "records/recordeditor.h"

RecordEditor::RecordEditor(QObject* parent) : QObject(parent) {}

void RecordEditor::setController(AppController* controller) {
    if (controller == m_controller) return;
    m_controller = controller;
    emit controllerChanged();
}

void RecordEditor::clearErrors() {
    if (m_errors.isEmpty() && m_errorString.isEmpty()) return;
    m_errors.clear();
    m_errorString.clear();
    emit errorsChanged();
}

void RecordEditor::clearError(const QString& field) {
    if (!m_errors.contains(field)) return;
    m_errors.remove(field);
    if (m_errors.isEmpty()) m_errorString.clear();
    emit errorsChanged();
}

crm::sync::Replica* RecordEditor::writableReplica() {
    if (!m_controller || !m_controller->replica() || !m_controller->signedIn()) {
        fail(tr("Not signed in."));
        return nullptr;
    }
    return m_controller->replica();
}

bool RecordEditor::fail(const QString& message, const QVariantMap& errors) {
    m_errors = errors;
    m_errorString = message;
    emit errorsChanged();
    return false;
}

bool RecordEditor::succeed() {
    clearErrors();
    if (m_controller) m_controller->notifyLocalEdit();
    return true;
}

#pragma once
// Writes visits: plan one, check in (position judged on the device against the customer's
// coordinates with shared/'s judge_check_in), save purpose / notes / outcome / next step /
// follow-up date (a follow-up date makes or moves the visit's follow-up task), check out, and
// set the customer's position from the rep's fix. A refused write fills `errors` (field ->
// message, for the form) and `errorString`; the form keeps what was typed.

#include "records/recordeditor.h"

class PositionProvider;

class VisitEditor : public RecordEditor {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)
    /// The visit being edited; set by plan() and by checkIn() when it creates the visit.
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)

public:
    explicit VisitEditor(QObject* parent = nullptr);

    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString& id);
    QString visitId() const { return m_visitId; }
    void setVisitId(const QString& id);

    /// When no visit is set: continues the customer's visit checked in during the last 12 hours and
    /// not checked out (the form was left or the app killed mid-visit). Returns true when found.
    Q_INVOKABLE bool resumeOpenVisit();
    /// Plans a visit at the customer: local date (YYYY-MM-DD) and time (HH:mm), purpose.
    Q_INVOKABLE bool plan(const QString& date, const QString& time, const QString& purpose);
    /// Checks in now: with the provider's fix, or by hand (`manual`, when there is no fix). Updates
    /// the planned visit `visitId` when it has no check-in yet, else creates a visit.
    Q_INVOKABLE bool checkIn(PositionProvider* position, bool manual, const QString& purpose);
    /// Saves the form: purpose, notes, outcome, next_step, follow_up_date.
    Q_INVOKABLE bool save(const QVariantMap& fields);
    /// Saves the form, then checks out now (with the provider's fix when there is one).
    Q_INVOKABLE bool checkOut(const QVariantMap& fields, PositionProvider* position);
    /// Stores the provider's fix as the customer's latitude/longitude.
    Q_INVOKABLE bool setCustomerPosition(PositionProvider* position);

signals:
    void customerIdChanged();
    void visitIdChanged();

private:
    /// Creates or moves the visit's follow-up task (due the follow-up date, 09:00 local).
    bool upsertFollowUpTask(const QString& followUpDate, const QString& nextStep);

    QString m_customerId;
    QString m_visitId;
};

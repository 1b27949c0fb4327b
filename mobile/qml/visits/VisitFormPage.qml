import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// A visit at a customer: check in (time now + the device's position, judged against the
// customer's position; by hand when there is no fix), then purpose, notes, outcome, next step and
// follow-up date (which makes a task), then check out. Opened with a visitId for a planned or
// checked-in visit, or with only the customer for a visit on the spot. Everything typed is kept
// as a draft until it is saved; a refused save shows the reason next to each field.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string customerId
    property string customerName
    property string visitId

    readonly property bool checkedIn: detail.checkedIn
    readonly property var errors: editor.errors

    objectName: "visitFormPage"
    title: qsTr("Visit")

    function fields() {
        return {
            purpose: purposeField.text,
            notes: notesField.text,
            outcome: outcomeField.text,
            next_step: nextStepField.text,
            follow_up_date: followUpField.text
        }
    }
    function saveDraft() {
        if (page.restored)
            draft.save(page.fields())
    }
    property bool restored: false

    function checkIn(manual) {
        const typed = page.fields()
        draft.clear()  // the key moves from the customer to the new visit
        if (editor.checkIn(position, manual, purposeField.text))
            draft.save(typed)
    }
    function save() {
        if (editor.save(page.fields())) {
            draft.clear()
            page.stack.pop()
        }
    }
    function checkOut() {
        if (editor.checkOut(page.fields(), position)) {
            draft.clear()
            page.stack.pop()
        }
    }

    VisitEditor {
        id: editor
        controller: page.controller
        customerId: page.customerId
        visitId: page.visitId
    }
    VisitDetail {
        id: detail
        controller: page.controller
        visitId: editor.visitId
    }
    PositionProvider {
        id: position
        objectName: "positionProvider"
        active: page.StackView.status === StackView.Active && !detail.checkedOut
    }
    DraftStore {
        id: draft
        replicaPath: page.controller.replicaPath
        key: editor.visitId !== "" ? "visit/" + editor.visitId : "visit/new/" + page.customerId
    }

    Component.onCompleted: {
        editor.resumeOpenVisit()
        const saved = draft.load()
        const visit = detail.visit
        purposeField.text = saved.purpose ?? visit.purpose ?? ""
        notesField.text = saved.notes ?? visit.notes ?? ""
        outcomeField.text = saved.outcome ?? visit.outcome ?? ""
        nextStepField.text = saved.next_step ?? visit.nextStep ?? ""
        followUpField.text = saved.follow_up_date ?? visit.followUpDate ?? ""
        page.restored = true
    }

    header: BackHeader {
        backObjectName: "cancelVisitButton"
        title: page.checkedIn ? qsTr("Visit") : qsTr("Check in")
        subtitle: page.customerName !== "" ? page.customerName : detail.visit.customerName ?? ""
        onBack: page.stack.pop()
    }

    footer: Pane {
        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 8
            PrimaryButton {
                objectName: "checkInButton"
                visible: !page.checkedIn
                Layout.fillWidth: true
                enabled: position.hasFix
                text: qsTr("Check in")
                onClicked: page.checkIn(false)
            }
            Button {
                objectName: "saveVisitButton"
                visible: page.checkedIn
                Layout.fillWidth: true
                text: qsTr("Save")
                highlighted: detail.checkedOut
                onClicked: page.save()
            }
            PrimaryButton {
                objectName: "checkOutButton"
                visible: page.checkedIn && !detail.checkedOut
                Layout.fillWidth: true
                text: qsTr("Check out")
                onClicked: page.checkOut()
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 32
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: form
            x: 16
            y: 12
            width: parent.width - 32
            spacing: 4

            // Before check-in: where the device is.
            Pane {
                visible: !page.checkedIn
                Layout.fillWidth: true
                Material.background: Material.color(Material.Grey, Material.Shade100)
                padding: 12
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 6
                    RowLayout {
                        spacing: 8
                        BusyIndicator {
                            visible: !position.hasFix && !position.timedOut
                            implicitWidth: 28
                            implicitHeight: 28
                        }
                        Label {
                            objectName: "positionLabel"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: position.hasFix
                                  ? (position.accuracy > 0
                                     ? qsTr("Position found (±%1, %2)").arg(Fmt.distance(position.accuracy)).arg(position.sourceName)
                                     : qsTr("Position found (%1)").arg(position.sourceName))
                                  : position.timedOut ? qsTr("No position fix. You can check in manually; the visit will be flagged as manual.")
                                                      : qsTr("Locating you…")
                        }
                    }
                    Button {
                        objectName: "manualCheckInButton"
                        visible: position.timedOut && !position.hasFix
                        text: qsTr("Check in manually")
                        onClicked: page.checkIn(true)
                    }
                    Label {
                        visible: detail.visit.plannedAt !== undefined && detail.visit.plannedAt !== ""
                        text: qsTr("Planned for %1").arg(Fmt.dateTime(detail.visit.plannedAt ?? ""))
                        opacity: 0.7
                    }
                }
            }

            // After check-in: the device's verdict.
            Pane {
                visible: page.checkedIn
                Layout.fillWidth: true
                Material.background: Material.color(Material.Grey, Material.Shade100)
                padding: 12
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 6
                    Label {
                        objectName: "checkInLabel"
                        text: qsTr("Checked in at %1").arg(Fmt.time(detail.visit.checkInAt ?? ""))
                        font.bold: true
                    }
                    CheckInStatusChip {
                        objectName: "checkInStatusChip"
                        status: detail.visit.checkInStatus ?? ""
                        distance: detail.visit.checkInDistance
                    }
                    Label {
                        visible: detail.visit.checkInStatus === "verified" && detail.visit.checkInDistance !== undefined
                        text: qsTr("%1 from the customer's position").arg(Fmt.distance(detail.visit.checkInDistance))
                        opacity: 0.7
                    }
                    Label {
                        visible: detail.checkedOut
                        text: qsTr("Checked out at %1").arg(Fmt.time(detail.visit.checkOutAt ?? ""))
                        opacity: 0.7
                    }
                    Button {
                        objectName: "setCustomerPositionButton"
                        visible: detail.visit.customerHasPosition === false && position.hasFix
                        text: qsTr("Set the customer's position here")
                        flat: true
                        Material.foreground: Material.primary
                        onClicked: editor.setCustomerPosition(position)
                    }
                }
            }

            FormLabel { text: qsTr("Purpose") }
            TextField {
                id: purposeField
                objectName: "purposeField"
                Layout.fillWidth: true
                placeholderText: qsTr("Purpose")
                onTextChanged: { editor.clearError("purpose"); page.saveDraft() }
            }
            FieldMessage { objectName: "purposeError"; text: page.errors.purpose ?? "" }

            FormLabel { text: qsTr("Notes"); visible: page.checkedIn }
            TextArea {
                id: notesField
                objectName: "notesField"
                visible: page.checkedIn
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                placeholderText: qsTr("Notes")
                wrapMode: TextEdit.Wrap
                onTextChanged: { editor.clearError("notes"); page.saveDraft() }
            }
            FieldMessage { objectName: "notesError"; text: page.errors.notes ?? "" }

            FormLabel { text: qsTr("Outcome"); visible: page.checkedIn }
            TextField {
                id: outcomeField
                objectName: "outcomeField"
                visible: page.checkedIn
                Layout.fillWidth: true
                placeholderText: qsTr("Outcome")
                onTextChanged: { editor.clearError("outcome"); page.saveDraft() }
            }
            FieldMessage { objectName: "outcomeError"; text: page.errors.outcome ?? "" }

            FormLabel { text: qsTr("Next step"); visible: page.checkedIn }
            TextField {
                id: nextStepField
                objectName: "nextStepField"
                visible: page.checkedIn
                Layout.fillWidth: true
                placeholderText: qsTr("Next step")
                onTextChanged: { editor.clearError("next_step"); page.saveDraft() }
            }
            FieldMessage { objectName: "nextStepError"; text: page.errors.next_step ?? "" }

            FormLabel { text: qsTr("Follow-up date"); visible: page.checkedIn }
            TextField {
                id: followUpField
                objectName: "followUpField"
                visible: page.checkedIn
                Layout.fillWidth: true
                placeholderText: qsTr("YYYY-MM-DD (creates a follow-up task)")
                inputMethodHints: Qt.ImhDate
                onTextChanged: { editor.clearError("follow_up_date"); page.saveDraft() }
            }
            FieldMessage { objectName: "followUpError"; text: page.errors.follow_up_date ?? "" }
            Label {
                objectName: "followUpTaskLabel"
                Layout.fillWidth: true
                visible: (detail.visit.followUpTaskId ?? "") !== ""
                text: qsTr("Follow-up task: %1").arg(detail.visit.followUpTaskTitle ?? "")
                opacity: 0.7
                wrapMode: Text.Wrap
            }

            FieldMessage {
                objectName: "visitFormError"
                Layout.topMargin: 8
                text: editor.errorString
            }
        }
    }
}

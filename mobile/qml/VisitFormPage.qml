import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Records a visit (check-in time = now). A refused save shows the reason next to each field and
// keeps everything that was typed.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string customerId
    property string customerName
    property var errors: ({})
    property string formError
    readonly property date openedAt: new Date()


    objectName: "visitFormPage"
    title: qsTr("Record visit")

    // A field's message goes away once the user edits that field.
    function clearError(field) {
        if (page.errors[field] === undefined)
            return
        const remaining = Object.assign({}, page.errors)
        delete remaining[field]
        page.errors = remaining
        if (Object.keys(remaining).length === 0)
            page.formError = ""
    }

    function save() {
        const message = page.controller.recordVisit(page.customerId, {
            purpose: purposeField.text,
            notes: notesField.text,
            outcome: outcomeField.text,
            next_step: nextStepField.text,
            follow_up_date: followUpField.text
        })
        page.errors = page.controller.visitErrors
        page.formError = message
        if (message === "")
            page.stack.pop()
    }

    header: ToolBar {
        Material.background: "white"
        Material.foreground: Material.color(Material.Grey, Material.Shade900)
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "cancelVisitButton"
                text: "‹"
                font.pixelSize: 24
                onClicked: page.stack.pop()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    text: qsTr("Record visit")
                    font.pixelSize: 18
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    text: page.customerName
                    elide: Text.ElideRight
                    opacity: 0.7
                }
            }
        }
    }

    footer: Pane {
        Material.elevation: 4
        PrimaryButton {
            objectName: "saveVisitButton"
            anchors.left: parent.left
            anchors.right: parent.right
            text: qsTr("Save visit")
            onClicked: page.save()
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

            Label {
                objectName: "checkInLabel"
                text: qsTr("Check-in: now (%1)").arg(Qt.formatDateTime(page.openedAt, "yyyy-MM-dd HH:mm"))
                opacity: 0.7
            }

            FormLabel { text: qsTr("Purpose") }
            TextField {
                id: purposeField
                objectName: "purposeField"
                onTextChanged: page.clearError("purpose")
                Layout.fillWidth: true
                placeholderText: qsTr("Purpose")
            }
            Label {
                objectName: "purposeError"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.errors.purpose ?? ""
                color: Material.color(Material.Red)
                wrapMode: Text.Wrap
            }

            FormLabel { text: qsTr("Notes") }
            TextArea {
                id: notesField
                objectName: "notesField"
                onTextChanged: page.clearError("notes")
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                placeholderText: qsTr("Notes")
                wrapMode: TextEdit.Wrap
            }
            Label {
                objectName: "notesError"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.errors.notes ?? ""
                color: Material.color(Material.Red)
                wrapMode: Text.Wrap
            }

            FormLabel { text: qsTr("Outcome") }
            TextField {
                id: outcomeField
                objectName: "outcomeField"
                onTextChanged: page.clearError("outcome")
                Layout.fillWidth: true
                placeholderText: qsTr("Outcome")
            }
            Label {
                objectName: "outcomeError"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.errors.outcome ?? ""
                color: Material.color(Material.Red)
                wrapMode: Text.Wrap
            }

            FormLabel { text: qsTr("Next step") }
            TextField {
                id: nextStepField
                objectName: "nextStepField"
                onTextChanged: page.clearError("next_step")
                Layout.fillWidth: true
                placeholderText: qsTr("Next step")
            }
            Label {
                objectName: "nextStepError"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.errors.next_step ?? ""
                color: Material.color(Material.Red)
                wrapMode: Text.Wrap
            }

            FormLabel { text: qsTr("Follow-up date") }
            TextField {
                id: followUpField
                objectName: "followUpField"
                onTextChanged: page.clearError("follow_up_date")
                Layout.fillWidth: true
                placeholderText: qsTr("Follow-up date (YYYY-MM-DD)")
                inputMethodHints: Qt.ImhDate
            }
            Label {
                objectName: "followUpError"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.errors.follow_up_date ?? ""
                color: Material.color(Material.Red)
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "visitFormError"
                Layout.fillWidth: true
                Layout.topMargin: 8
                visible: text !== ""
                text: page.formError
                color: Material.color(Material.Red)
                wrapMode: Text.Wrap
            }
        }
    }
}
